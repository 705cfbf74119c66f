package io.github.desconcentra.standards.registry;

import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.DistrictCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.ParishCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.internal.CsvTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports the Ministry of Health (MSP) establishment lists into health inventories.
 *
 * <p>{@code health_first_level.csv} (MSP first-level units, c. 2023): health posts and centres of type A, B and C.
 * The source has no typology column: the typology is <b>inferred</b> (from the names and the alphabetised block each
 * unit appears in) and every record says so (typology status inferred). Administrative units and occupational
 * consultancies are excluded. There is no capacity, no staff and no point: the establishments are known, their staff
 * is not, so the list covers the measure "establishments" only and a staff line stays not assessed rather than
 * counting a nominal staff. Location: the parish or urban parish and the district derived from it.
 *
 * <p>{@code health_msp_2017.csv} (MSP/ACESS list of September 2017, the whole network): read for hospitals only, where
 * {@code typology_recorded} says so. General hospitals (HG) are {@code HOSPITAL_GENERAL}; basic (HB) and specialised
 * (HE) hospitals are excluded, the catalogue having no typology for them; a unit named a hospital without a recorded
 * typology is excluded (not counted, and the list declares itself incomplete for hospitals); every other unit is
 * excluded as first-level (read from the first-level list). No beds: the hospital establishments are counted, their
 * beds are not assessed. Location: the district derived from the canton (or the source's district text).
 */
public final class HealthRegistry {
    /** The id of the first-level source. */
    public static final String FIRST_LEVEL_ID = "msp-first-level-2023";
    /** The id of the 2017 establishment list. */
    public static final String MSP_2017_ID = "msp-establishments-2017";
    private static final Map<String, String> INFERRED = Map.of("puesto de salud", "PUESTO_SALUD",
            "centro de salud tipo a", "CS_A", "centro de salud tipo b", "CS_B", "centro de salud tipo c", "CS_C");

    private HealthRegistry() {
    }

    /** The first-level list as a source: complete for MSP first-level units (establishments only), nationally. */
    public static InventorySource firstLevelSource() {
        return new InventorySource(FIRST_LEVEL_ID, "MSP first-level operational units (health posts, centres type"
                + " A/B/C)", "Ministerio de Salud Pública (MSP)", "c. 2023", Provenance.Status.SOURCED,
                true, List.of(new InventorySource.Coverage(Sector.HEALTH, Set.of("PUESTO_SALUD", "CS_A", "CS_B", "CS_C"),
                        EnumSet.of(Measure.ESTABLISHMENTS), Set.of(NationCode.of("EC")), true, "the MSP list of its"
                        + " first-level units; no staff or capacity, so only establishments are covered")),
                "typology inferred from names and list blocks (status inferred on every record); no coordinates");
    }

    /** The 2017 list as a source of hospitals: incomplete (few hospitals have a recorded typology), no beds. */
    public static InventorySource hospitalsSource() {
        return new InventorySource(MSP_2017_ID, "MSP/ACESS establishment list, whole network (hospitals with a"
                + " recorded typology)", "Ministerio de Salud Pública (MSP)", "2017-09", Provenance.Status.SOURCED,
                true, List.of(new InventorySource.Coverage(Sector.HEALTH, Set.of("HOSPITAL_GENERAL"),
                        EnumSet.of(Measure.ESTABLISHMENTS), Set.of(NationCode.of("EC")), false, "251 of the 370"
                        + " units named hospital have no recorded typology: the general hospitals counted are a lower"
                        + " bound; no beds")),
                "hospitals only; first-level units are read from the first-level list");
    }

    /**
     * Imports the first-level list.
     *
     * @throws InputException naming the file when it cannot be read or a required column is missing
     */
    public static Inventory importFirstLevel(Path file, Territory territory) {
        return Intake.open(file, (name, in) -> importFirstLevelCsv(name, in, territory));
    }

    /** Imports the first-level list read from a stream; see {@link #importFirstLevel}. */
    public static Inventory importFirstLevelCsv(String name, InputStream in, Territory territory) {
        CsvTable t = Intake.table(name, in, List.of("unicode", "name", "parish_code", "typology_inferred",
                "district_code_derived"), List.of("parish_name", "canton_code", "province_code", "area", "zone",
                "source_block"));
        Intake intake = new Intake(name);
        for (CsvTable.Row row : t.rows()) {
            long line = row.line();
            String id = row.get("unicode");
            String inferred = row.get("typology_inferred");
            String typology = INFERRED.get(inferred.toLowerCase(java.util.Locale.ROOT));
            if (typology == null && inferred.toLowerCase(java.util.Locale.ROOT).startsWith("unidad administrativa")) {
                intake.exclude(line, id, "administrative unit or occupational consultancy: provides no first-level"
                        + " care to the population");
                continue;
            }
            List<String> reasons = new ArrayList<>();
            intake.checkId("unicode", id, reasons);
            if (typology == null) {
                reasons.add("unknown typology_inferred \"" + inferred + "\"");
            }
            ParishCode parish = Intake.parish(territory, row.get("parish_code"));
            DistrictCode district = Intake.district(territory, row.get("district_code_derived"));
            if (parish == null && district == null) {
                reasons.add("neither parish " + row.get("parish_code") + " nor district "
                        + row.get("district_code_derived") + " is a unit of the territory");
            }
            if (!reasons.isEmpty()) {
                intake.reject(line, id, reasons);
                continue;
            }
            intake.accept(line, new Establishment(id, Sector.HEALTH, typology, parish, null, district, null,
                    Condition.GOOD, 1, 0, 0, row.get("name"), FIRST_LEVEL_ID, Provenance.Status.INFERRED, null,
                    null));
        }
        return intake.result(List.of(firstLevelSource()));
    }

    /**
     * Imports the hospitals of the 2017 list.
     *
     * @throws InputException naming the file when it cannot be read or a required column is missing
     */
    public static Inventory importHospitals(Path file, Territory territory) {
        return Intake.open(file, (name, in) -> importHospitalsCsv(name, in, territory));
    }

    /** Imports the hospitals of the 2017 list read from a stream; see {@link #importHospitals}. */
    public static Inventory importHospitalsCsv(String name, InputStream in, Territory territory) {
        CsvTable t = Intake.table(name, in, List.of("unicode", "name", "canton_code", "district_code_derived",
                "typology_recorded", "kind_by_name"), List.of("province_code", "zone", "district_method",
                "level_of_care", "parish_code_from_first_level_list"));
        Intake intake = new Intake(name);
        for (CsvTable.Row row : t.rows()) {
            long line = row.line();
            String id = row.get("unicode");
            String recorded = row.get("typology_recorded").toUpperCase(java.util.Locale.ROOT);
            boolean namedHospital = row.get("kind_by_name").equalsIgnoreCase("HOSPITAL");
            if (!recorded.equals("HG")) {
                intake.exclude(line, id, switch (recorded) {
                    case "HB" -> "basic hospital (HB): the catalogue has no typology for it";
                    case "HE" -> "specialised hospital (HE): the catalogue has no typology for it";
                    default -> !namedHospital ? "not a hospital: first-level units are read from the first-level"
                            + " list" : recorded.isEmpty() ? "named a hospital but no typology recorded: not counted"
                            + " (the general hospitals of this list are a lower bound)" : "named a hospital, recorded"
                            + " typology \"" + row.get("typology_recorded") + "\": not a general hospital";
                });
                continue;
            }
            List<String> reasons = new ArrayList<>();
            intake.checkId("unicode", id, reasons);
            UnitCode within = Intake.district(territory, row.get("district_code_derived"));
            if (within == null) {
                within = Intake.canton(territory, row.get("canton_code"));
            }
            if (within == null) {
                reasons.add("neither district " + row.get("district_code_derived") + " nor canton "
                        + row.get("canton_code") + " is a unit of the territory");
            }
            if (!reasons.isEmpty()) {
                intake.reject(line, id, reasons);
                continue;
            }
            intake.accept(line, new Establishment(id, Sector.HEALTH, "HOSPITAL_GENERAL", null, null, within, null,
                    Condition.GOOD, 1, 0, 0, row.get("name"), MSP_2017_ID, Provenance.Status.SOURCED, null, null));
        }
        return intake.result(List.of(hospitalsSource()));
    }
}
