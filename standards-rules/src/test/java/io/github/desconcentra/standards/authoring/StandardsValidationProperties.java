package io.github.desconcentra.standards.authoring;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.desconcentra.standards.Catalogue;
import io.github.desconcentra.standards.EvaluationOptions;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.standards.StandardsEngine;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.TerritoryGenerators;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Validation is the contract: for generated standards folders that validate, evaluation on generated territories
 * that validate completes without exception. The folders vary the numbers (parameters from 0 and one in a trillion to
 * a trillion, typology capacities and shifts) over two rule shapes: the embedded rules, and a health rule set that
 * uses its parameters as thresholds, divisors, numerators, counts and in a condition's arithmetic. Each shape's rules
 * compile once; the numbers are facts.
 */
class StandardsValidationProperties {
    private static final String SHAPE = """
            package io.github.desconcentra.standards.health;

            import io.github.desconcentra.standards.Parameter;
            import io.github.desconcentra.standards.Requirement;
            import io.github.desconcentra.standards.UnitFact;
            import io.github.desconcentra.territory.Level;

            rule "A circuit above the threshold needs a type-B centre per divisor people"
                @sector("health") @standard("HEALTH-P") @level("circuit") @typology("CS_B")
                @source("generated") @status("assumed")
            when
                $t : Parameter(standard == "HEALTH-P", name == "threshold")
                $d : Parameter(standard == "HEALTH-P", name == "divisor")
                $u : UnitFact(level == Level.CIRCUIT, population >= $t.whole())
            then
                insert(Requirement.need(drools.getRule(), $u, "CS_B").per($u.population(), $d.value(), 1));
            end

            rule "A district needs numerator staff per denominator people"
                @sector("health") @standard("HEALTH-P") @level("district") @typology("EQUIPO_SALUD")
                @source("generated") @status("assumed")
            when
                $n : Parameter(standard == "HEALTH-P", name == "numerator")
                $d : Parameter(standard == "HEALTH-P", name == "denominator")
                $u : UnitFact(level == Level.DISTRICT)
            then
                insert(Requirement.need(drools.getRule(), $u, "EQUIPO_SALUD").staff()
                        .ratio($u.population(), $n.value(), $d.value(), 0));
            end

            rule "A zone needs count general hospitals"
                @sector("health") @standard("HEALTH-P") @level("zone") @typology("HOSPITAL_GENERAL")
                @source("generated") @status("assumed")
            when
                $k : Parameter(standard == "HEALTH-P", name == "count")
                $u : UnitFact(level == Level.ZONE)
            then
                insert(Requirement.need(drools.getRule(), $u, "HOSPITAL_GENERAL").quantity($k.whole()));
            end

            rule "A circuit whose school-age people over the share pass its people needs a type-A centre"
                @sector("health") @standard("HEALTH-P") @level("circuit") @typology("CS_A")
                @source("generated") @status("assumed")
            when
                $s : Parameter(standard == "HEALTH-P", name == "share")
                $u : UnitFact(level == Level.CIRCUIT)
                eval(java.math.BigDecimal.valueOf($u.schoolAge()).divide($s.value(), 0, java.math.RoundingMode.CEILING)
                        .compareTo(java.math.BigDecimal.valueOf($u.population())) >= 0)
            then
                insert(Requirement.need(drools.getRule(), $u, "CS_A").quantity(1));
            end
            """;
    private static final List<String> SHAPE_PARAMETERS = List.of("threshold", "divisor", "numerator", "denominator",
            "count", "share");
    private static final String[] VALUES = {"0", "0.000000000001", "0.3", "1", "2", "35", "1000", "25000",
        "1000000", "1000000000", "1000000000000", "1000000000001"};
    private static final AtomicInteger FOLDERS = new AtomicInteger();
    private static final AtomicInteger ACCEPTED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @TempDir
    static Path root;

    /** A standards folder as files: relative path to content. */
    record Folder(List<String[]> files) {
        Path write() throws Exception {
            Path dir = root.resolve("folder-" + FOLDERS.incrementAndGet());
            for (String[] f : files) {
                Path p = dir.resolve(f[0]);
                Files.createDirectories(p.getParent());
                Files.writeString(p, f[1]);
            }
            return dir;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            files.forEach(f -> b.append("--- ").append(f[0]).append('\n').append(f[1]));
            return b.toString();
        }
    }

    private static String embedded(Sector s, String file) {
        try (InputStream in = StandardsFolder.embedded(s, file).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int between(RandomnessSource in, int lo, int hi) {
        return integers().between(lo, hi).generate(in);
    }

    private static String value(RandomnessSource in) {
        return VALUES[between(in, 0, VALUES.length - 1)];
    }

    /** The sector's parameters with about one value in three replaced by a generated one. */
    private static String parameters(RandomnessSource in, Sector s) {
        StringBuilder out = new StringBuilder();
        List<String> lines = embedded(s, Catalogue.PARAMETERS).lines().toList();
        out.append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 4);
            out.append(cells[0]).append(',').append(cells[1]).append(',')
                    .append(between(in, 0, 2) == 0 ? value(in) : cells[2]).append(',').append(cells[3]).append('\n');
        }
        return out.toString();
    }

    /** The sector's typologies with about one capacity and shift count in three replaced. */
    private static String typologies(RandomnessSource in, Sector s) {
        StringBuilder out = new StringBuilder();
        List<String> lines = embedded(s, Catalogue.TYPOLOGIES).lines().toList();
        out.append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", 8);
            if (between(in, 0, 2) == 0) {
                cells[5] = List.of("0", "60", "1140", "500000", "2000000").get(between(in, 0, 4));
                cells[6] = Integer.toString(between(in, 1, 30));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static Gen<Folder> folders() {
        return in -> {
            List<String[]> files = new ArrayList<>();
            if (between(in, 0, 1) == 0) {
                Sector s = Sector.values()[between(in, 0, Sector.values().length - 1)];
                files.add(new String[] {s.id() + "/" + Catalogue.PARAMETERS, parameters(in, s)});
                if (between(in, 0, 1) == 0) {
                    files.add(new String[] {s.id() + "/" + Catalogue.TYPOLOGIES, typologies(in, s)});
                }
            } else {
                StringBuilder p = new StringBuilder("standard,name,value,unit,source,status\n");
                for (String name : SHAPE_PARAMETERS) {
                    p.append("HEALTH-P,").append(name).append(',').append(value(in)).append(",,generated,assumed\n");
                }
                files.add(new String[] {"health/health.drl", SHAPE});
                files.add(new String[] {"health/" + Catalogue.PARAMETERS, p.toString()});
            }
            return new Folder(files);
        };
    }

    private static Gen<Territory> territories() {
        return in -> {
            Territory t = Territory.of(TerritoryGenerators.validTerritories().generate(in));
            return between(in, 0, 1) == 0 ? t : t.projectedTo(TerritoryGenerators.PROJECTION_YEAR);
        };
    }

    @Test
    void whateverValidatesEvaluatesOnEveryValidTerritory() {
        qt().withExamples(40).withShrinkCycles(20).forAll(folders(), territories()).checkAssert((folder, territory) -> {
            StandardsEngine engine;
            try {
                engine = StandardsCompiler.compile(folder.write(), false);
            } catch (InputException refused) {
                REFUSED.incrementAndGet();
                return;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            ACCEPTED.incrementAndGet();
            engine.evaluate(territory, Inventory.EMPTY, EvaluationOptions.DEFAULTS);
        });
    }

    @AfterAll
    static void bothOutcomesWereExercised() {
        System.out.printf("StandardsValidationProperties: %d folders validated and evaluated, %d refused%n",
                ACCEPTED.get(), REFUSED.get());
        assertTrue(ACCEPTED.get() > 0 && REFUSED.get() > 0, "accepted " + ACCEPTED + ", refused " + REFUSED);
    }
}
