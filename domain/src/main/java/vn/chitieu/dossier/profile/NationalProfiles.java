package vn.chitieu.dossier.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chitieu.common.InputProblem;
import vn.chitieu.common.InvalidInputException;
import vn.chitieu.indicator.IndicatorCode;
import vn.chitieu.scoring.Band;

/**
 * The built-in national profiles, by id, read from {@code /vn/chitieu/profiles/ID.csv} (one line per
 * profile, group, criterion or band; fields separated by ';'; '#' comments): see {@code 766-2022.csv}.
 */
public final class NationalProfiles {

    /** The ids of the built-in profiles, oldest first. */
    public static final List<String> IDS = List.of("766-2022");

    private NationalProfiles() {
    }

    public static Optional<NationalProfile> find(String id) {
        if (id == null || !IDS.contains(id.strip())) {
            return Optional.empty();
        }
        String name = "/vn/chitieu/profiles/" + id.strip() + ".csv";
        try (InputStream in = NationalProfiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("profile " + id + " is listed but " + name + " is missing");
            }
            return Optional.of(read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The profile {@code id}, else bad input naming {@code field} (e.g. {@code --profile}) and the known ids. */
    public static NationalProfile get(String id, String field) {
        return find(id).orElseThrow(() -> new InvalidInputException(InputProblem.at(null, 0, field, id,
                "unknown profile; known profiles: " + String.join(", ", IDS))));
    }

    /** Parses a profile's lines ({@code name} for messages); a malformed line is a defect of the profile file. */
    static NationalProfile read(String name, List<String> lines) {
        String id = null;
        String titleVi = null;
        String titleEn = null;
        List<ProfileGroup> groups = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";", -1);
            try {
                switch (f[0]) {
                    case "profile" -> {
                        need(f, 4);
                        id = f[1];
                        titleVi = f[2];
                        titleEn = f[3];
                    }
                    case "group" -> {
                        need(f, 5);
                        groups.add(new ProfileGroup(f[1], new BigDecimal(f[2]), f[3], f[4]));
                    }
                    case "criterion" -> {
                        need(f, 11);
                        if (!f[10].equals("source") && !f[10].equals("assumption")) {
                            throw new IllegalArgumentException("basis is 'source' or 'assumption', not '" + f[10] + "'");
                        }
                        criteria.add(new Criterion(f[1], f[2], new BigDecimal(f[3]), new BigDecimal(f[4]),
                                f[5].isBlank() ? null : IndicatorCode.of(f[5]), f[6], f[7], f[8], f[9],
                                f[10].equals("assumption")));
                    }
                    case "band" -> {
                        need(f, 4);
                        bands.add(new Band(new BigDecimal(f[1]), f[2], f[3]));
                    }
                    default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        if (id == null) {
            throw new IllegalStateException(name + ": no 'profile' line");
        }
        return new NationalProfile(id, titleVi, titleEn, groups, criteria, bands);
    }

    private static void need(String[] fields, int count) {
        if (fields.length != count) {
            throw new IllegalArgumentException("'" + fields[0] + "' has " + count + " fields, not " + fields.length);
        }
    }
}
