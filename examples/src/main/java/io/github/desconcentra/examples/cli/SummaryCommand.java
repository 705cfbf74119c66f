package io.github.desconcentra.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.desconcentra.examples.report.Messages;
import io.github.desconcentra.examples.report.ReportNumbers;
import io.github.desconcentra.territory.CircuitCode;
import io.github.desconcentra.territory.District;
import io.github.desconcentra.territory.Territory;
import io.github.desconcentra.territory.UnitCode;
import io.github.desconcentra.territory.Zone;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code desconcentra summary}: the nation and each zone with district count, circuit count and population; in JSON
 * also each district with its circuit count (and the circuits of the former non-delimited zones attached to it).
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Print the nation and each zone with their district count, circuit count and population"
                + " (JSON: also each district with its circuits and population). Text in Spanish unless --lang en.")
final class SummaryCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    TerritoryOptions territory;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportLanguageOptions language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Territory t = territory.load();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("territory", territory.label());
            root.put("country", t.nation().code().value());
            root.put("year", t.year());
            root.put("zones", t.zones().size());
            root.put("districts", t.districts().size());
            root.put("circuits", t.circuits().size());
            root.put("population", t.population(t.nation().code()));
            ArrayNode zones = root.putArray("zoneSummaries");
            for (Zone z : t.zones()) {
                zones.addObject().put("code", z.code().value()).put("name", z.name())
                        .put("districts", t.children(z.code()).size()).put("circuits", circuits(t, z.code()))
                        .put("population", t.population(z.code()));
            }
            ArrayNode districts = root.putArray("districtSummaries");
            for (District d : t.districts()) {
                ObjectNode o = districts.addObject().put("code", d.code().value()).put("name", d.name())
                        .put("zone", d.zone().value()).put("circuits", t.children(d.code()).size());
                ArrayNode nonDelimited = o.putArray("nonDelimitedCircuits");
                t.children(d.code()).stream().map(CircuitCode.class::cast).filter(CircuitCode::isNonDelimited)
                        .forEach(c -> nonDelimited.add(c.value()));
                o.put("population", t.population(d.code()));
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            Messages m = language.messages();
            ReportNumbers n = m.numbers();
            out.println(m.get("cli.summary.title", territory.label(), Integer.toString(t.year())));
            String row = "%-8s %-24s %9s %9s %12s%n";
            out.printf(Locale.ROOT, row, m.get("cli.column.code"), m.get("cli.column.name"),
                    m.get("cli.column.districts"), m.get("cli.column.circuits"), m.get("cli.column.population"));
            out.printf(Locale.ROOT, row, t.nation().code(), t.nation().name(), n.count(t.districts().size()),
                    n.count(t.circuits().size()), n.count(t.population(t.nation().code())));
            for (Zone z : t.zones()) {
                out.printf(Locale.ROOT, row, z.code(), z.name(), n.count(t.children(z.code()).size()),
                        n.count(circuits(t, z.code())), n.count(t.population(z.code())));
            }
        }
        out.flush();
        return 0;
    }

    private static int circuits(Territory t, UnitCode zone) {
        int n = 0;
        for (UnitCode d : t.children(zone)) {
            n += t.children(d).size();
        }
        return n;
    }
}
