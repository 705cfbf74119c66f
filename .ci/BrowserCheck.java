import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the DOM that headless Chromium rendered from report.html: no script error was recorded, and the national
 * totals of report.json are shown. Usage: java -cp "examples/target/lib/*" .ci/BrowserCheck.java REPORT.json DOM.html
 * CHROMIUM.log
 */
public class BrowserCheck {
    public static void main(String[] args) throws Exception {
        JsonNode report = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        String dom = Files.readString(Path.of(args[1]));
        String log = Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])) : "";
        List<String> failures = new ArrayList<>();
        if (!dom.contains("</html>") || !dom.contains("id=\"national\"")) {
            failures.add("the page did not render (no national table in the DOM)");
        }
        if (dom.matches("(?s).*<html[^>]*data-script-errors=\"[1-9].*")) {
            failures.add("the page recorded script errors");
        }
        if (log.contains("Uncaught")) {
            failures.add("Chromium logged an uncaught script error");
        }
        JsonNode national = report.get("national");
        for (String field : List.of("capex", "opexPerYear")) {
            String value = "USD " + national.get(field).decimalValue().setScale(2).toPlainString() + "<";
            if (!dom.contains(value)) {
                failures.add("the page does not show the national " + field + " of report.json: " + value);
            }
        }
        String population = String.format("%,d", national.get("population").asLong());
        if (!dom.contains(population + " people")) {
            failures.add("the page does not show the national population " + population);
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("browser check: FAIL: " + f));
            System.exit(1);
        }
        System.out.println("browser check: report.html renders in headless Chromium with no script error and shows"
                + " the national totals of report.json (" + national.get("capex").decimalValue().toPlainString()
                + " capex, " + population + " people)");
    }
}
