package io.github.desconcentra.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a spreadsheet user sees of a workbook, as lines of text read with POI: every sheet's name, column widths,
 * frozen pane and autofilter, and every cell's address, type, value, number format and header styling (bold,
 * wrapped). Two workbooks with the same lines show the same thing whatever library wrote their bytes. Also runnable
 * ({@code main}) to print a workbook's lines, which is how the expectations of the workbook written by POI were taken.
 */
final class WorkbookContent {
    private WorkbookContent() {
    }

    /** The lines of a workbook file. */
    static List<String> of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> lines = new ArrayList<>();
            for (Sheet s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                lines.add("sheet " + sheet.getSheetName());
                PaneInformation pane = sheet.getPaneInformation();
                lines.add("pane " + (pane == null ? "none" : (pane.isFreezePane() ? "frozen " : "split ")
                        + pane.getVerticalSplitPosition() + " " + pane.getHorizontalSplitPosition()));
                lines.add("autofilter " + (sheet.getCTWorksheet().isSetAutoFilter()
                        ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none"));
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                }
                StringBuilder widths = new StringBuilder("widths");
                for (int c = 0; c < columns; c++) {
                    widths.append(' ').append(sheet.getColumnWidth(c));
                }
                lines.add(widths.toString());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        lines.add(cell(wb, cell));
                    }
                }
            }
            return lines;
        }
    }

    private static String cell(XSSFWorkbook wb, Cell cell) {
        CellStyle style = cell.getCellStyle();
        String value = switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> Double.toString(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
        return cell.getAddress().formatAsString() + " " + cell.getCellType() + " [" + style.getDataFormatString()
                + "]" + (wb.getFontAt(style.getFontIndex()).getBold() ? " bold" : "")
                + (style.getWrapText() ? " wrapped" : "") + " " + value;
    }

    /** Prints the lines of the workbook named by the first argument. */
    public static void main(String[] args) throws IOException {
        of(Path.of(args[0])).forEach(System.out::println);
    }
}
