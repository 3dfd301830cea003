-- (V8) The indicators computed from dossiers (domain.md §9) that the built-in catalogue of V2 lacked
-- (vn.chitieu.indicator.IndicatorCatalogue.builtIn()), so that `indicators --out results.csv` imports.
INSERT INTO indicators (code, measure, name_vi) VALUES
    ('PROGRESS_RATE', 'RATIO', 'Tỷ lệ hồ sơ bảo đảm tiến độ giải quyết'),
    ('RECEIVED', 'COUNT', 'Số hồ sơ tiếp nhận'),
    ('RESOLVED', 'COUNT', 'Số hồ sơ đã giải quyết');
