package io.github.desconcentra.standards.registry;

import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.Coordinates;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.internal.CsvTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports the national MINEDUC AMIE school registry ({@code schools_national.csv}: all zones, active schools with
 * their sites and coordinates, enrolment and teachers of 2021–22) into an education inventory.
 *
 * <ul>
 * <li>A school counts once, at its main site ({@code site} MATRIZ), which carries its enrolment and teachers. Its other
 *     sites (ESTABLECIMIENTO, EXTENSIÓN: additional buildings of the same school) are <em>excluded</em>, with that
 *     reason: their pupils and teachers are counted on the MATRIZ row, and splitting them among buildings would be
 *     invented. A site whose school has no MATRIZ row in the file is the only record of that school and stands for
 *     it.</li>
 * <li>Public schools (FISCAL, FISCOMISIONAL, MUNICIPAL) are typology {@code ESCUELA}; private ones (PARTICULAR)
 *     {@code ESCUELA_PARTICULAR}: kept apart, so the standards decide what counts.</li>
 * <li>Ordinary offer (ORDINARIA) and specialised education (ESPECIALIZADA, school-age pupils with disabilities) are
 *     kept. A school whose only offer is ESCOLARIDAD (extraordinary schooling for youths and adults who did not finish)
 *     or NO ESCOLARIZADA (not school-based) is <em>excluded</em>: it provides no school-age seats.</li>
 * <li>Seats are the school's enrolment of 2021–22, status <b>estimated</b>: the registry has no capacity, and pupils
 *     enrolled stand in for seats (a proxy: a full school has at least as many seats, a half-empty one more). Staff
 *     are the teachers of 2021–22, sourced. A school without figures (opened later, or not matched by the research
 *     dataset that joined them) has capacity and staff <em>unknown</em>, not 0.</li>
 * <li>Location: the registry's parish (a DPA parish or an INEC urban parish), its administering district, its point.
 *     A parish code the territory does not know (a code of an earlier DPA) leaves the district and the point.
 *     A school whose district and parish are both outside the territory's planning units (zona en estudio, district
 *     {@code 00000}) is excluded.</li>
 * <li>Condition: the registry records none; schools are taken as in good condition (assumed).</li>
 * </ul>
 */
public final class SchoolRegistry {
    /** The id of the source. */
    public static final String SOURCE_ID = "mineduc-amie-2023";
    private static final List<String> REQUIRED = List.of("amie", "name", "site", "status", "funding", "offer_ordinary",
            "offer_special", "offer_schooling", "offer_non_school", "district_code", "parish_code", "lat", "lon",
            "students_2021_22", "teachers_2021_22");
    private static final List<String> OPTIONAL = List.of("language", "regime", "jurisdiction", "zone",
            "district_name", "parish_name", "parish_kind", "seat_parish_code", "canton_code", "province_code",
            "female_students_2021_22", "male_students_2021_22");
    private static final Set<String> PUBLIC = Set.of("FISCAL", "FISCOMISIONAL", "MUNICIPAL");

    private SchoolRegistry() {
    }

    /** The registry as an inventory source: complete for schools, over the nation. */
    public static InventorySource source() {
        return new InventorySource(SOURCE_ID, "MINEDUC AMIE school registry, all zones, active schools with enrolment"
                + " and teachers 2021-22", "Ministerio de Educación (MINEDUC)", "2023 (enrolment and teachers 2021-22)",
                Provenance.Status.SOURCED, true, List.of(new InventorySource.Coverage(Sector.EDUCATION, Set.of("ESCUELA",
                "ESCUELA_PARTICULAR", "UEM_MAYOR", "UEM_MENOR", "SIGLO_XXI"), EnumSet.of(Measure.PLACES,
                Measure.STAFF), Set.of(NationCode.of("EC")), true, "the national registry of every active school,"
                + " public and private: the seats and teachers of every school, Millennium and Siglo XXI schools"
                + " included"), new InventorySource.Coverage(Sector.EDUCATION, Set.of("ESCUELA",
                "ESCUELA_PARTICULAR"), EnumSet.of(Measure.ESTABLISHMENTS), Set.of(NationCode.of("EC")), true,
                "every school is listed, but the registry does not say which are Millennium or Siglo XXI schools:"
                + " their number is not assessed")),
                "seats are enrolment 2021-22 (estimated: a proxy), staff are teachers 2021-22; one record per school"
                + " at its main site");
    }

    /**
     * Imports a registry file.
     *
     * @throws InputException naming the file when it cannot be read or a required column is missing
     */
    public static Inventory importFile(Path file, Territory territory) {
        return Intake.open(file, (name, in) -> importCsv(name, in, territory));
    }

    /** Imports a registry read from a stream; see {@link #importFile}. */
    public static Inventory importCsv(String name, InputStream in, Territory territory) {
        CsvTable t = Intake.table(name, in, REQUIRED, OPTIONAL);
        Set<String> withMain = new HashSet<>();
        for (CsvTable.Row row : t.rows()) {
            if (row.get("site").equalsIgnoreCase("MATRIZ")) {
                withMain.add(row.get("amie"));
            }
        }
        Intake intake = new Intake(name);
        for (CsvTable.Row row : t.rows()) {
            read(intake, row, territory, withMain);
        }
        return intake.result(List.of(source()));
    }

    private static void read(Intake intake, CsvTable.Row row, Territory territory, Set<String> withMain) {
        long line = row.line();
        String id = row.get("amie");
        String site = row.get("site");
        List<String> reasons = new ArrayList<>();
        if (id.isEmpty()) {
            reasons.add("amie code is empty");
        }
        boolean main = site.equalsIgnoreCase("MATRIZ");
        if (!main && withMain.contains(id)) {
            intake.exclude(line, id, "additional site (" + site + ") of school " + id + ": the school counts once, at"
                    + " its MATRIZ row, with all its enrolment and teachers");
            return;
        }
        if (!row.get("status").equalsIgnoreCase("ACTIVA")) {
            intake.exclude(line, id, "status is \"" + row.get("status") + "\", not ACTIVA");
            return;
        }
        boolean ordinary = !row.get("offer_ordinary").isEmpty();
        boolean special = !row.get("offer_special").isEmpty();
        if (!ordinary && !special) {
            String offer = !row.get("offer_schooling").isEmpty() ? "ESCOLARIDAD (extraordinary schooling for youths"
                    + " and adults)" : !row.get("offer_non_school").isEmpty() ? "NO ESCOLARIZADA (not school-based)"
                    : "none recorded";
            intake.exclude(line, id, "offer " + offer + " only: provides no school-age seats");
            return;
        }
        String funding = row.get("funding").toUpperCase(java.util.Locale.ROOT);
        String typology = funding.equals("PARTICULAR") ? "ESCUELA_PARTICULAR" : PUBLIC.contains(funding) ? "ESCUELA"
                : null;
        if (typology == null) {
            reasons.add("unknown funding \"" + row.get("funding") + "\" (expected FISCAL, FISCOMISIONAL, MUNICIPAL or"
                    + " PARTICULAR)");
        }
        Long students = Intake.count(row, "students_2021_22", reasons);
        Long teachers = Intake.count(row, "teachers_2021_22", reasons);
        Coordinates at = Intake.point(row, "lat", "lon", reasons);
        ParishCode parish = Intake.parish(territory, row.get("parish_code"));
        DistrictCode district = Intake.district(territory, row.get("district_code"));
        if (parish == null && district == null) {
            intake.exclude(line, id, "parish " + row.get("parish_code") + " and district " + row.get("district_code")
                    + " are not planning units of the territory (e.g. a zona en estudio)");
            return;
        }
        String duplicate = id.isEmpty() ? null : intake.duplicate(id);
        if (duplicate != null) {
            reasons.add(duplicate);
        }
        if (!reasons.isEmpty()) {
            intake.reject(line, id, reasons);
            return;
        }
        intake.accept(line, new Establishment(id, Sector.EDUCATION, typology, parish, null, district, at,
                Condition.GOOD, 1, students == null ? 0 : students, teachers == null ? 0 : teachers, row.get("name"),
                SOURCE_ID, Provenance.Status.SOURCED, students == null ? null : Provenance.Status.ESTIMATED,
                teachers == null ? null : Provenance.Status.SOURCED));
    }
}
