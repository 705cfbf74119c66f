package io.github.desconcentra.standards.authoring;

import io.github.desconcentra.territory.InputException;
import io.github.desconcentra.territory.Problem;
import io.github.desconcentra.territory.internal.InputFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Spreadsheet decision tables ({@code .xlsx}) in a standards folder, turned into DRL by drools-decisiontables, with
 * errors mapped back to the cell that caused them ({@code file!sheet!cell}). Needs drools-decisiontables (and Apache
 * POI) on the classpath: an optional dependency of this module, present in the command line. Package-private.
 */
final class DecisionTables {
    private static final Pattern VALUES_AT = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");
    private static final DataFormatter FORMAT = new DataFormatter();

    private DecisionTables() {
    }

    /** A table compiled to DRL, with the spreadsheet row of each generated line. */
    record Table(Path file, String sheet, byte[] bytes, String drl, int[] rowOfLine) {
        /** The location of a generated DRL line: {@code file!sheet!A12}, or {@code file!sheet} when unknown. */
        String location(int line) {
            int row = line >= 1 && line < rowOfLine.length ? rowOfLine[line] : 0;
            return file + "!" + sheet + (row > 0 ? "!A" + row : "");
        }
    }

    /** True when the optional decision-table support is on the classpath. */
    static boolean available() {
        try {
            Class.forName("org.drools.decisiontable.SpreadsheetCompiler", false, DecisionTables.class
                    .getClassLoader());
            Class.forName("org.apache.poi.ss.usermodel.WorkbookFactory", false, DecisionTables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Reads and converts one {@code .xlsx} file; problems are added, null is returned on failure. */
    static Table read(Path file, List<Problem> problems) {
        byte[] bytes;
        String sheet;
        try {
            bytes = StandardsFolder.read(file);
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                sheet = wb.getNumberOfSheets() == 0 ? "" : wb.getSheetName(0);
            }
        } catch (io.github.desconcentra.territory.InputException e) {
            problems.addAll(e.problems());
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(file.toString(), "is not a readable spreadsheet: " + e.getMessage()));
            return null;
        }
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS);
        } catch (RuntimeException e) {
            problems.add(Problem.of(file + "!" + sheet, "is not a valid decision table: " + e.getMessage()));
            return null;
        }
        String[] lines = drl.split("\n", -1);
        int[] rowOfLine = new int[lines.length + 2];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = VALUES_AT.matcher(lines[i].trim());
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            } else if (lines[i].trim().equals("end")) {
                rowOfLine[i + 1] = row;
                row = 0;
                continue;
            }
            rowOfLine[i + 1] = row;
        }
        return new Table(file, sheet, bytes, drl, rowOfLine);
    }

    /**
     * Finds the cell of a failing rule row: each cell of the row in turn takes the value of the same column in
     * another row, and the cell whose replacement makes {@code compiles} succeed is the culprit.
     *
     * @param compiles true when a DRL text compiles without error
     * @return {@code file!sheet!C12}, or the row's location when no single cell explains the error
     */
    static String culprit(Table t, int line, Function<String, Boolean> compiles) {
        int row = line >= 1 && line < t.rowOfLine().length ? t.rowOfLine()[line] : 0;
        if (row == 0) {
            return t.location(line);
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(t.bytes()))) {
            Sheet sheet = wb.getSheetAt(0);
            Row bad = sheet.getRow(row - 1);
            Row good = donor(sheet, row - 1);
            if (bad == null || good == null) {
                return t.location(line);
            }
            for (int c = 0; c < bad.getLastCellNum(); c++) {
                Cell cell = bad.getCell(c);
                Cell from = good.getCell(c);
                if (cell == null || from == null || c == 0) {
                    continue;
                }
                String original = FORMAT.formatCellValue(cell);
                cell.setCellValue(FORMAT.formatCellValue(from));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                cell.setCellValue(original);
                String drl;
                try {
                    drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(out.toByteArray()), InputType.XLS);
                } catch (RuntimeException e) {
                    continue;
                }
                if (compiles.apply(drl)) {
                    return t.file() + "!" + t.sheet() + "!" + new CellReference(row - 1, c).formatAsString(false);
                }
            }
        } catch (IOException | RuntimeException e) {
            return t.location(line);
        }
        return t.location(line);
    }

    /** Another data row of the same table to borrow values from: the nearest row with a rule name. */
    private static Row donor(Sheet sheet, int rowIndex) {
        List<Row> candidates = new ArrayList<>();
        for (int r = rowIndex - 1; r >= 0 && candidates.size() < 1; r--) {
            Row x = sheet.getRow(r);
            if (x != null && x.getCell(0) != null && !FORMAT.formatCellValue(x.getCell(0)).isBlank()
                    && x.getLastCellNum() >= sheet.getRow(rowIndex).getLastCellNum()
                    && !FORMAT.formatCellValue(x.getCell(0)).equalsIgnoreCase("rule")) {
                candidates.add(x);
            }
        }
        for (int r = rowIndex + 1; r <= sheet.getLastRowNum() && candidates.isEmpty(); r++) {
            Row x = sheet.getRow(r);
            if (x != null && x.getCell(0) != null && !FORMAT.formatCellValue(x.getCell(0)).isBlank()) {
                candidates.add(x);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
