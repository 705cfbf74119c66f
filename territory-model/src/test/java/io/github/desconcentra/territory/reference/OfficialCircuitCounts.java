package io.github.desconcentra.territory.reference;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The circuits per district of SENPLADES' official table, for tests of every module (shared through the test-jar):
 * as embedded here (transcribed from {@code circuits_senplades_2012.csv}) and as read from {@code ../shared}. Key
 * {@code 000} counts the circuits of the former non-delimited zones, which have no district in the table.
 */
public final class OfficialCircuitCounts {
    /** {@code district=count} pairs of the official table. */
    public static final String EMBEDDED = "000=7 01D01=20 01D02=19 01D03=7 01D04=7 01D05=3 01D06=6 01D07=2 01D08=3"
            + " 02D01=11 02D02=2 02D03=7 02D04=3 03D01=12 03D02=7 03D03=3 04D01=13 04D02=7 04D03=4 05D01=18 05D02=3"
            + " 05D03=4 05D04=11 05D05=4 05D06=4 06D01=20 06D02=7 06D03=2 06D04=10 06D05=4 07D01=15 07D02=21 07D03=9"
            + " 07D04=6 07D05=8 07D06=7 08D01=21 08D02=4 08D03=8 08D04=11 08D05=4 08D06=2 09D01=6 09D02=5 09D03=7"
            + " 09D04=6 09D05=7 09D06=6 09D07=8 09D08=6 09D09=3 09D10=3 09D11=4 09D12=8 09D13=10 09D14=6 09D15=6"
            + " 09D16=4 09D17=15 09D18=4 09D19=10 09D20=5 09D21=5 09D22=3 09D23=2 09D24=8 10D01=22 10D02=16 10D03=6"
            + " 11D01=22 11D02=9 11D03=5 11D04=7 11D05=3 11D06=9 11D07=5 11D08=6 11D09=6 12D01=19 12D02=6 12D03=12"
            + " 12D04=7 12D05=11 12D06=10 13D01=14 13D02=20 13D03=11 13D04=14 13D05=7 13D06=7 13D07=19 13D08=6"
            + " 13D09=6 13D10=9 13D11=6 13D12=5 14D01=7 14D02=4 14D03=4 14D04=7 14D05=3 14D06=6 15D01=9 15D02=6"
            + " 16D01=12 16D02=2 17D01=4 17D02=10 17D03=19 17D04=8 17D05=13 17D06=11 17D07=6 17D08=10 17D09=11"
            + " 17D10=8 17D11=13 17D12=4 18D01=12 18D02=12 18D03=2 18D04=7 18D05=3 18D06=5 19D01=9 19D02=6 19D03=7"
            + " 19D04=4 20D01=7 21D01=3 21D02=8 21D03=5 21D04=5 22D01=4 22D02=11 22D03=3 23D01=17 23D02=11 24D01=10"
            + " 24D02=8";

    private OfficialCircuitCounts() {
    }

    /** The embedded counts by district code ({@code 000} for the non-delimited zones). */
    public static Map<String, Integer> embedded() {
        Map<String, Integer> m = new TreeMap<>();
        for (String kv : EMBEDDED.split(" ")) {
            m.put(kv.substring(0, kv.indexOf('=')), Integer.parseInt(kv.substring(kv.indexOf('=') + 1)));
        }
        return m;
    }

    /**
     * The folder of shared inputs ({@code desconcentra.shared.data}, else {@code ../../shared/data/ecuador}); the
     * calling test is skipped (assumption) when it is absent.
     */
    public static Path sharedInputs() {
        Path shared = Path.of(System.getProperty("desconcentra.shared.data", "../../shared/data/ecuador"));
        assumeTrue(Files.isDirectory(shared), "the shared inputs are not beside the checkout: " + shared);
        return shared;
    }

    /** The counts read from {@code circuits_senplades_2012.csv} in {@code sharedInputs}. */
    public static Map<String, Integer> fromTable(Path sharedInputs) throws IOException {
        Map<String, Set<String>> circuits = new TreeMap<>();
        try (Reader in = Files.newBufferedReader(sharedInputs.resolve("circuits_senplades_2012.csv"));
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : csv) {
                circuits.computeIfAbsent(r.get("district_code").isEmpty() ? "000" : r.get("district_code"),
                        k -> new TreeSet<>()).add(r.get("circuit_code"));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        circuits.forEach((d, cs) -> counts.put(d, cs.size()));
        return counts;
    }
}
