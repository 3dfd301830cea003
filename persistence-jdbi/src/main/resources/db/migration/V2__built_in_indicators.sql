-- The built-in catalogue of domain.md §3 (vn.chitieu.indicator.IndicatorCatalogue.builtIn()).
INSERT INTO indicators (code, measure, name_vi) VALUES
    ('ONLINE_RATE', 'RATIO', 'Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến'),
    ('ONLINE_SERVICE_UPTAKE', 'RATIO', 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ trực tuyến'),
    ('FULL_ONLINE_RATE', 'RATIO', 'Tỷ lệ hồ sơ trực tuyến toàn trình'),
    ('DIGITIZATION_RATE', 'RATIO', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC'),
    ('ONLINE_PAYMENT_PROCEDURES', 'RATIO', 'Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến'),
    ('ONLINE_PAYMENT_DOSSIERS', 'RATIO', 'Tỷ lệ hồ sơ thanh toán trực tuyến'),
    ('ON_TIME_RATE', 'RATIO', 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn'),
    ('EDOC_SENT', 'COUNT', 'Số văn bản điện tử gửi liên thông'),
    ('EDOC_RECEIVED', 'COUNT', 'Số văn bản điện tử nhận liên thông');
