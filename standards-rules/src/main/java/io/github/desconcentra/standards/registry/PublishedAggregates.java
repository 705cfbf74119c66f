package io.github.desconcentra.standards.registry;

import io.github.desconcentra.standards.Condition;
import io.github.desconcentra.standards.Establishment;
import io.github.desconcentra.standards.Inventory;
import io.github.desconcentra.standards.InventorySource;
import io.github.desconcentra.standards.Measure;
import io.github.desconcentra.standards.Sector;
import io.github.desconcentra.territory.CantonCode;
import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.NationCode;
import io.github.desconcentra.territory.Provenance;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.ZoneCode;
import io.github.desconcentra.territory.internal.CsvTable;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports {@code published_aggregates.csv}: figures the press reported citing ministries and municipalities. They
 * are not inventories, but three of them are supply known only as the total of a territorial unit, and are read as
 * such (one record standing for several establishments, located within that unit, each figure its own source):
 *
 * <ul>
 * <li>rehabilitation: the national installed prison capacity of May 2022, 30,169 places in 36 centres (SNAI via El
 *     Norte), at the nation. The 2022 figure is used, not the 26,818 "effective" places of July 2025: the standard's
 *     inmate rate is of 2022 (36,599 inmates over the 2022 census), so supply and demand are of the same year, and
 *     the 2025 figure is a different measure (installed capacity less 3,039 disabled places, a building condition).
 *     The figure covers places only: the 36 centres are not of the catalogue's "regional prison" typology, so the
 *     number of prisons is not assessed from it;</li>
 * <li>police: 275 UPC in Quito (November 2021) = zone 9, whose territory is the Metropolitan District of Quito. The
 *     figure does not say which UPC type: the record is typed UPC_A (typology status assumed; UPC_A and UPC_B lines
 *     count both types, so the choice changes no count); establishments only;</li>
 * <li>fire: 43 stations of the Guayaquil fire brigade (2016), with its 440 paid firefighters (the 1,400 volunteers
 *     are not counted), within canton Guayaquil (0901). The canton is only part of zone 8 (Durán and Samborondón
 *     are not in the figure), so the coverage is declared over the canton: zone 8's fire lines, compared where the
 *     stations are located, stay partly assessed.</li>
 * </ul>
 * Every other row is excluded with its reason: a single prison's capacity or inmates (part of the national figure,
 * or demand rather than supply), the 2025 figures, the UPC built 2013–2016 (a flow, not the stock), the MIES child
 * centres of the Sierra-Amazonía (a region that is not a planning unit).
 */
public final class PublishedAggregates {
    private static final List<String> COLUMNS = List.of("sector", "unit", "province", "canton", "metric", "value",
            "reference_date", "outlet", "url", "note");

    private PublishedAggregates() {
    }

    /**
     * Imports the file.
     *
     * @throws InputException naming the file when it cannot be read or a required column is missing
     */
    public static Inventory importFile(Path file, Territory territory) {
        return Intake.open(file, (name, in) -> importCsv(name, in, territory));
    }

    /** Imports the file read from a stream; see {@link #importFile}. */
    public static Inventory importCsv(String name, InputStream in, Territory territory) {
        CsvTable t = Intake.table(name, in, COLUMNS, List.of());
        Intake intake = new Intake(name);
        List<InventorySource> sources = new ArrayList<>();
        sources.add(new InventorySource("published-aggregates", "Published aggregates (press citing ministries)",
                "SNAI, Ministerio del Interior, MIES, municipalities (via the press)", "2016-2025",
                Provenance.Status.SOURCED, List.of(), "the file as a whole; each figure read is its own source"));
        for (CsvTable.Row row : t.rows()) {
            read(intake, row, territory, sources);
        }
        return intake.result(sources);
    }

    private static void read(Intake intake, CsvTable.Row row, Territory territory, List<InventorySource> sources) {
        long line = row.line();
        String sector = row.get("sector").toLowerCase(Locale.ROOT);
        String metric = row.get("metric");
        String unit = row.get("unit");
        String date = row.get("reference_date");
        String id = sector + ":" + unit + ":" + metric + ":" + date;
        List<String> reasons = new ArrayList<>();
        Long value = Intake.count(row, "value", reasons);
        if (!reasons.isEmpty()) {
            intake.reject(line, id, reasons);
            return;
        }
        String cite = row.get("outlet") + " " + row.get("url");
        if (sector.equals("rehabilitation") && row.get("province").equalsIgnoreCase("NACIONAL")
                && metric.equals("capacidad_instalada") && date.startsWith("2022")) {
            String src = "snai-prison-capacity-2022";
            sources.add(source(src, "National installed prison capacity", "SNAI (via " + row.get("outlet") + ")",
                    date, new InventorySource.Coverage(Sector.REHABILITATION, Set.of("CRS_REGIONAL"),
                            EnumSet.of(Measure.PLACES), Set.of(NationCode.of("EC")), true, "national installed"
                            + " capacity of the adult prisons, May 2022"), cite));
            intake.accept(line, new Establishment("SNAI-CAPACITY-2022", Sector.REHABILITATION, "CRS_REGIONAL", null,
                    null, NationCode.of("EC"), null, Condition.GOOD, 36, value, 0, "Sistema nacional de rehabilitación"
                    + " social: " + value + " places in 36 centres", src, Provenance.Status.ASSUMED,
                    Provenance.Status.SOURCED, null));
            return;
        }
        if (sector.equals("police") && metric.equals("n_upc") && row.get("canton").equalsIgnoreCase("QUITO")) {
            UnitCode zone9 = ZoneCode.of("Z9");
            if (!territory.contains(zone9)) {
                intake.exclude(line, id, "zone 9 (Quito) is not a unit of the territory");
                return;
            }
            String src = "quito-upc-2021";
            sources.add(source(src, "Community police units (UPC) of Quito", "Policía Nacional (via "
                    + row.get("outlet") + ")", date, new InventorySource.Coverage(Sector.POLICE, Set.of("UPC_A",
                    "UPC_B"), EnumSet.of(Measure.ESTABLISHMENTS), Set.of(zone9), true, "every UPC of the"
                    + " Metropolitan District of Quito (zone 9)"), cite));
            intake.accept(line, new Establishment("QUITO-UPC-2021", Sector.POLICE, "UPC_A", null, null, zone9, null,
                    Condition.GOOD, value, 0, 0, value + " UPC of Quito (type not given)", src,
                    Provenance.Status.ASSUMED, null, null));
            return;
        }
        if (sector.equals("fire") && metric.equals("n_estaciones") && row.get("canton").equalsIgnoreCase("GUAYAQUIL")) {
            UnitCode canton = CantonCode.of("0901");
            if (!territory.contains(canton)) {
                intake.exclude(line, id, "canton Guayaquil (0901) is not a unit of the territory");
                return;
            }
            String src = "guayaquil-fire-2016";
            sources.add(source(src, "Stations of the Benemérito Cuerpo de Bomberos de Guayaquil", "Cuerpo de"
                    + " Bomberos de Guayaquil (via " + row.get("outlet") + ")", date, new InventorySource.Coverage(
                    Sector.FIRE, Set.of("ESTACION_BOMBEROS"), EnumSet.of(Measure.ESTABLISHMENTS, Measure.STAFF),
                    Set.of(canton), true, "every station of the canton's brigade and its 440 paid firefighters"), cite));
            intake.accept(line, new Establishment("GUAYAQUIL-FIRE-2016", Sector.FIRE, "ESTACION_BOMBEROS", null, null,
                    canton, null, Condition.GOOD, value, 0, 440, value + " fire stations of Guayaquil", src,
                    Provenance.Status.SOURCED, null, Provenance.Status.SOURCED));
            return;
        }
        intake.exclude(line, id, exclusion(sector, metric, row.get("province"), date));
    }

    private static String exclusion(String sector, String metric, String province, String date) {
        if (metric.startsWith("ppl")) {
            return "inmates: demand, not supply";
        }
        if (sector.equals("rehabilitation") && date.startsWith("2025")) {
            return "2025 figure: the 2022 national installed capacity is used (the standard's inmate rate is of 2022)";
        }
        if (sector.equals("rehabilitation")) {
            return "one prison's capacity: part of the national installed capacity, counted once at the nation";
        }
        if (metric.equals("n_upc_nuevas")) {
            return "UPC built 2013-2016: a flow, not the stock";
        }
        if (province.toUpperCase(Locale.ROOT).contains("SIERRA")) {
            return "the Sierra-Amazonía region is not a unit of the planning hierarchy";
        }
        return "not a figure of supply located to a planning unit";
    }

    private static InventorySource source(String id, String title, String publisher, String vintage,
                                          InventorySource.Coverage coverage, String cite) {
        return new InventorySource(id, title, publisher, vintage, Provenance.Status.SOURCED, List.of(coverage),
                "reported by " + cite);
    }
}
