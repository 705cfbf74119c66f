import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens report.html in headless Chromium, drives it through the Chrome DevTools Protocol (the JDK's own WebSocket
 * client, no driver to install) and checks what a planner sees: no console error or uncaught exception, the national
 * totals of report.json, the drill-down table (one row per zone, zone rows summing to the nation, a header click that
 * sorts, a zone click that opens its districts, the filter), the map (every parish drawn once per level, one shape per
 * circuit area and per split parish, colours and legend, names on hover, a click that opens the unit in the table),
 * the plan's charts (axes with units), the Spanish labels (the default language), and a WCAG contrast of at least 4.5:1 for every text. Writes screenshots
 * (desktop, narrow, the map, the plan, the map as printed) and the printed PDF to the output folder.
 *
 * <p>Usage: java -cp "examples/target/lib/*" .ci/BrowserCheck.java CHROMIUM REPORT_DIR OUT_DIR
 */
public class BrowserCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> failures = new ArrayList<>();
    /** How many texts of the tornadoes the contrast check measured. */
    private int tornadoTexts;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    public static void main(String[] args) throws Exception {
        new BrowserCheck().run(args[0], Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath());
    }

    private void run(String chromium, Path reportDir, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("browser-check");
        Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(outDir.resolve("chromium.log").toFile()).start();
        try {
            connect(profile);
            check(reportDir, outDir);
        } finally {
            if (socket != null) {
                socket.abort();
            }
            browser.destroy();
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("browser check: FAIL: " + f));
            System.exit(1);
        }
    }

    private void connect(Path profile) throws Exception {
        Path port = profile.resolve("DevToolsActivePort");
        for (int i = 0; i < 300 && !Files.exists(port); i++) {
            Thread.sleep(100);
        }
        if (!Files.exists(port)) {
            throw new IllegalStateException("chromium did not open its DevTools port in 30 s");
        }
        Thread.sleep(200);
        String number = Files.readAllLines(port).get(0).trim();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + number + "/json/list")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode t : targets) {
            if (t.get("type").asText().equals("page")) {
                page = t.get("webSocketDebuggerUrl").asText();
            }
        }
        if (page == null) {
            throw new IllegalStateException("chromium has no page target: " + targets);
        }
        socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30)).buildAsync(URI.create(page),
                new Listener()).get(30, TimeUnit.SECONDS);
    }

    private void check(Path reportDir, Path outDir) throws Exception {
        JsonNode report = JSON.readTree(reportDir.resolve("report.json").toFile());
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
        send("Page.enable", Map.of());
        send("Network.enable", Map.of());
        viewport(1280, 900);
        CompletableFuture<JsonNode> loaded = event("Page.loadEventFired");
        send("Page.navigate", Map.of("url", reportDir.resolve("report.html").toUri().toString()));
        loaded.get(60, TimeUnit.SECONDS);

        String dom = eval("document.documentElement.outerHTML").asText();
        if (!dom.contains("id=\"national\"")) {
            failures.add("the page did not render (no national table in the DOM)");
        }
        if (eval("window.__errors").asInt(-1) != 0) {
            failures.add("the page recorded script errors");
        }
        JsonNode national = report.get("national");
        for (String field : List.of("capex", "opexPerYear")) {
            String value = ">USD " + spanish(national.get(field).decimalValue().setScale(2)) + "<";
            if (!dom.contains(value)) {
                failures.add("the page does not show the national " + field + " of report.json: " + value);
            }
        }
        String population = spanish(java.math.BigDecimal.valueOf(national.get("population").asLong()));
        if (!dom.contains(population + " personas")) {
            failures.add("the page does not show the national population " + population);
        }
        spanishLabels();
        drillDown(report);
        map(reportDir);
        plan();
        contrast();

        screenshot(outDir.resolve("desktop.png"));
        elementShot("#drill-down", outDir.resolve("drill-down.png"));
        elementShot("#map-figure", outDir.resolve("map.png"));
        eval("document.getElementById('drill-level').value='circuit';"
                + "document.getElementById('drill-level').dispatchEvent(new Event('change'));"
                + "document.getElementById('map-measure').value='coverage';"
                + "document.getElementById('map-measure').dispatchEvent(new Event('change'))");
        elementShot("#map-figure", outDir.resolve("map-circuits-coverage.png"));
        eval("document.querySelector('#drill-path .drill-link').click();"
                + "document.getElementById('map-measure').value='gap';"
                + "document.getElementById('map-measure').dispatchEvent(new Event('change'))");
        elementShot("#plan", outDir.resolve("plan.png"));
        viewport(420, 900);
        screenshot(outDir.resolve("narrow.png"));
        viewport(1280, 900);
        JsonNode pdf = send("Page.printToPDF", Map.of("printBackground", true));
        Files.write(outDir.resolve("report.pdf"), Base64.getDecoder().decode(pdf.get("data").asText()));
        send("Emulation.setEmulatedMedia", Map.of("media", "print"));
        elementShot("#map-figure", outDir.resolve("map-print.png"));
        send("Emulation.setEmulatedMedia", Map.of("media", ""));
        if (!consoleErrors.isEmpty()) {
            failures.add("console errors or network requests: " + String.join(" | ", consoleErrors));
        }
        if (failures.isEmpty()) {
            System.out.println("browser check: report.html renders in headless Chromium with no console error or"
                    + " network request, shows the national totals of report.json ("
                    + national.get("capex").decimalValue().toPlainString() + " capex, " + population + " people),"
                    + " its drill-down sorts, opens a zone's districts and filters; its map draws " + mapCounts
                    + ", is coloured with a legend, names a shape on hover and opens it in the table on a click;"
                    + " the plan's charts have axes with units; its labels are Spanish; every text has a contrast"
                    + " of at least 4.5:1, the " + tornadoTexts + " texts of the tornadoes against the band and bars"
                    + " behind them too;"
                    + " screenshots and PDF in " + outDir);
        }
    }

    /** The drill-down table: zone rows, sums against the footer, sorting, opening a zone, filtering. */
    private void drillDown(JsonNode report) throws Exception {
        int zones = report.get("zones").size();
        int rows = eval("document.querySelectorAll('#drill tbody tr').length").asInt();
        if (rows != zones) {
            failures.add("the drill-down shows " + rows + " rows at first, not one per zone (" + zones + ")");
        }
        String sumsMatch = "(function(){var t=document.getElementById('drill');var col=[].findIndex.call("
                + "t.tHead.rows[0].cells,function(c){return c.dataset.key==='required';});var n=function(s){"
                + "return Number(s.replace(/[^0-9]/g,''));};var sum=0;[].forEach.call(t.tBodies[0].rows,"
                + "function(r){sum+=n(r.cells[col].textContent);});var own=t.tFoot.rows.length>1?n(t.tFoot.rows[0]"
                + ".cells[col].textContent):0;return (sum+own)+'='+n(t.tFoot.rows[t.tFoot.rows.length-1]"
                + ".cells[col].textContent);})()";
        String zoneSums = eval(sumsMatch).asText();
        String[] z = zoneSums.split("=");
        if (!z[0].equals(z[1]) || z[0].equals("0")) {
            failures.add("the zones' required do not sum to the nation's in the drill-down: " + zoneSums);
        }
        eval("document.querySelector('#drill th[data-key=deficit] button').click()");
        String order = "(function(){var t=document.getElementById('drill');var col=[].findIndex.call("
                + "t.tHead.rows[0].cells,function(c){return c.dataset.key==='deficit';});return [].map.call("
                + "t.tBodies[0].rows,function(r){var s=r.cells[col].textContent;return s==='\\u2014'?-1:Number("
                + "s.replace(/[^0-9]/g,''));}).join(',');})()";
        List<Long> descending = numbers(eval(order).asText());
        String sort = eval("document.querySelector('#drill th[data-key=deficit]').getAttribute('aria-sort')")
                .asText();
        if (!sort.equals("descending") || !isSorted(descending, -1)) {
            failures.add("a click on the deficit header does not sort it descending: " + sort + " " + descending);
        }
        eval("document.querySelector('#drill th[data-key=deficit] button').click()");
        List<Long> ascending = numbers(eval(order).asText());
        if (!isSorted(ascending, 1) || ascending.equals(descending) && new java.util.HashSet<>(ascending).size() > 1) {
            failures.add("a second click on the deficit header does not sort it ascending: " + ascending);
        }
        String zone = eval("document.querySelector('#drill tbody tr').dataset.unit").asText();
        eval("document.querySelector('#drill tbody tr .drill-link').click()");
        int districts = 0;
        for (JsonNode each : report.get("zones")) {
            if (each.get("code").asText().equals(zone)) {
                districts = each.get("districts").asInt();
            }
        }
        int opened = eval("document.querySelectorAll('#drill tbody tr').length").asInt();
        String level = eval("document.getElementById('drill-level').value").asText();
        if (!level.equals("district") || opened != districts || districts == 0) {
            failures.add("a click on zone " + zone + " does not open its " + districts + " districts: level "
                    + level + ", " + opened + " rows");
        }
        String districtSums = eval(sumsMatch).asText();
        String[] d = districtSums.split("=");
        if (!d[0].equals(d[1])) {
            failures.add("the districts of " + zone + " and the zone itself do not sum to the zone in the"
                    + " drill-down: " + districtSums);
        }
        eval("document.querySelector('#drill-path .drill-link').click()");
        eval("document.getElementById('drill-level').value='circuit';"
                + "document.getElementById('drill-level').dispatchEvent(new Event('change'))");
        String circuit = eval("JSON.parse(document.getElementById('drill-data').textContent).units.filter("
                + "function(u){return u[2]==='circuit';})[0][0]").asText();
        eval("var f=document.getElementById('drill-filter');f.value=" + JSON.writeValueAsString(circuit)
                + ";f.dispatchEvent(new Event('input'))");
        String filtered = eval("[].map.call(document.querySelectorAll('#drill tbody tr'),function(r){return "
                + "r.dataset.unit;}).join(',')").asText();
        if (!filtered.equals(circuit)) {
            failures.add("filtering the circuits of the nation by " + circuit + " shows " + filtered);
        }
        eval("document.querySelector('#drill-path .drill-link').click()");
    }

    /**
     * The map: each level draws every parish with a polygon exactly once; every circuit of deficits.geojson with a
     * geometry has a shape, none has two of its own (a split parish is one shape listing all its circuits, with one
     * parish); the shapes are coloured with a legend; hovering names a shape; a click on a zone opens its districts in
     * the table and shows the district layer; a click on a split parish marks its circuits in the table.
     */
    private void map(Path reportDir) throws Exception {
        if (eval("!!document.getElementById('map')").asBoolean() == false) {
            failures.add("the page has no map");
            return;
        }
        JsonNode geo = JSON.readTree(reportDir.resolve("deficits.geojson").toFile());
        java.util.Set<String> withGeometry = new java.util.TreeSet<>();
        for (JsonNode feature : geo.get("features")) {
            if (!feature.get("geometry").isNull()) {
                withGeometry.add(feature.get("properties").get("code").asText());
            }
        }
        JsonNode layers = JSON.readTree(eval("JSON.stringify([].map.call(document.querySelectorAll('#map .map-layer'),"
                + "function(g){var units=JSON.parse(document.getElementById('drill-data').textContent).units;"
                + "return {level:g.dataset.level,shapes:[].map.call(g.querySelectorAll('path'),function(p){return {"
                + "units:p.dataset.units.split(',').map(function(u){return units[Number(u)][0];}),parishes:"
                + "p.dataset.parishes.split(' ')};})};}))").asText());
        java.util.Set<String> parishes = null;
        for (JsonNode layer : layers) {
            String level = layer.get("level").asText();
            java.util.Set<String> drawn = new java.util.TreeSet<>();
            java.util.Map<String, Integer> own = new java.util.TreeMap<>();
            int shared = 0;
            for (JsonNode shape : layer.get("shapes")) {
                for (JsonNode p : shape.get("parishes")) {
                    if (!drawn.add(p.asText())) {
                        failures.add("the " + level + " map draws parish " + p.asText() + " twice");
                    }
                }
                if (shape.get("units").size() == 1) {
                    own.merge(shape.get("units").get(0).asText(), 1, Integer::sum);
                } else {
                    shared++;
                    if (shape.get("parishes").size() != 1) {
                        failures.add("a shared " + level + " shape is not one parish: " + shape);
                    }
                }
            }
            own.forEach((u, n) -> {
                if (n > 1) {
                    failures.add(level + " " + u + " has " + n + " shapes of its own, not one");
                }
            });
            if (parishes == null) {
                parishes = drawn;
            } else if (!parishes.equals(drawn)) {
                failures.add("the " + level + " map does not draw the same parishes as the zone map");
            }
            if (level.equals("circuit")) {
                java.util.Set<String> circuits = new java.util.TreeSet<>();
                layer.get("shapes").forEach(shape -> shape.get("units").forEach(u -> circuits.add(u.asText())));
                if (!circuits.equals(withGeometry)) {
                    failures.add("the circuit map shows " + circuits.size() + " circuits, deficits.geojson has "
                            + withGeometry.size() + " with a geometry");
                }
                if (layer.get("shapes").size() != own.size() + shared || shared == 0) {
                    failures.add("the circuit map has " + layer.get("shapes").size() + " shapes, not one per circuit"
                            + " area (" + own.size() + ") and per split parish (" + shared + ")");
                }
                mapCounts = layer.get("shapes").size() + " circuit shapes (" + own.size() + " circuits' own areas, "
                        + shared + " split parishes listing their circuits) over " + drawn.size() + " parishes, "
                        + circuits.size() + " circuits";
            }
        }
        int unfilled = eval("[].filter.call(document.querySelectorAll('#map-zone path'),function(p){return "
                + "!p.getAttribute('fill');}).length").asInt(-1);
        String legend = eval("document.getElementById('map-legend').textContent").asText();
        if (unfilled != 0 || !legend.contains("USD") || eval("document.querySelectorAll('#map-legend li').length")
                .asInt() < 5) {
            failures.add("the zone map is not coloured with a legend in USD: " + unfilled + " unfilled, legend "
                    + legend);
        }
        eval("document.querySelector('#map-zone path').dispatchEvent(new MouseEvent('mouseover',{bubbles:true}))");
        String hovered = eval("document.getElementById('map-info').textContent").asText();
        String firstZone = eval("(function(){var u=JSON.parse(document.getElementById('drill-data').textContent).units;"
                + "return u[Number(document.querySelector('#map-zone path').dataset.units)][1];})()").asText();
        if (!hovered.contains(firstZone)) {
            failures.add("hovering the first zone does not name it (" + firstZone + "): " + hovered);
        }
        eval("document.querySelector('#map-zone path').dispatchEvent(new MouseEvent('click',{bubbles:true}))");
        String after = eval("document.getElementById('drill-level').value+' '+getComputedStyle(document"
                + ".getElementById('map-district')).display+' '+document.querySelectorAll('#drill tbody tr').length+' '"
                + "+document.querySelectorAll('#map-district path.in-view').length").asText();
        String[] a = after.split(" ");
        if (!a[0].equals("district") || a[1].equals("none") || Integer.parseInt(a[2]) == 0
                || Integer.parseInt(a[3]) < Integer.parseInt(a[2])) {
            failures.add("a click on the first zone's shape does not open its districts and show them on the map: "
                    + after);
        }
        eval("document.querySelector('#drill-path .drill-link').click();document.getElementById('drill-level')"
                + ".value='circuit';document.getElementById('drill-level').dispatchEvent(new Event('change'))");
        String split = eval("(function(){var p=document.querySelector('#map-circuit path.shared');p.dispatchEvent("
                + "new MouseEvent('click',{bubbles:true}));return p.dataset.units.split(',').length+' '+document"
                + ".querySelectorAll('#drill tbody tr.marked').length;})()").asText();
        String[] sp = split.split(" ");
        if (!sp[0].equals(sp[1])) {
            failures.add("a click on a split parish does not mark its circuits in the table: " + split);
        }
        eval("document.querySelector('#drill-path .drill-link').click()");
    }

    private String mapCounts = "";

    /** A number as the Spanish page writes it: 16.938.986, 3.746.431.373,66. */
    private static String spanish(java.math.BigDecimal v) {
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new java.text.DecimalFormat(v.scale() > 0 ? "#,##0." + "0".repeat(v.scale()) : "#,##0", symbols)
                .format(v);
    }

    /** The page is in Spanish: its language, headings, table headers, controls, map legend and script texts. */
    private void spanishLabels() throws Exception {
        String found = eval("[document.documentElement.lang, document.querySelector('#drill-down h2').textContent,"
                + "document.querySelector('#drill th[data-key=required]').textContent,"
                + "document.querySelector('#drill-sector option').textContent,"
                + "document.querySelector('#drill-measure option:checked').textContent,"
                + "document.getElementById('drill-count').textContent,"
                + "document.querySelector('#map-legend p').textContent,"
                + "document.querySelector('#plan h2').textContent].join(' | ')").asText();
        for (String expected : List.of("es | ", "Mapa y detalle", "requerido", "Salud", "establecimientos",
                "zonas mostrad", "Inversión de la brecha por persona", "Plan ")) {
            if (!found.contains(expected)) {
                failures.add("the page is not in Spanish: no \"" + expected + "\" in " + found);
            }
        }
    }

    /** The plan's charts have value axes with their units and year labels. */
    private void plan() throws Exception {
        for (String id : List.of("plan-spend", "plan-recurrent", "plan-closed")) {
            String text = eval("(function(){var s=document.getElementById('" + id + "');return s?s.textContent:'';})()")
                    .asText();
            if (!text.contains(id.equals("plan-closed") ? "%" : "millones de USD") || !text.contains("año")) {
                failures.add("the chart " + id + " has no axis with its unit and years: " + text);
            }
        }
    }

    /**
     * The contrast scripts' helpers: {@code rgb} parses a computed colour, {@code lum} is WCAG 2's relative luminance,
     * {@code bg} the first opaque background behind an element.
     */
    private static final String COLOURS = "function rgb(s){var m=s.match(/[0-9.]+/g).map(Number);return m.length>3"
            + "?m:m.concat([1]);}function lum(c){var a=c.slice(0,3).map(function(v){v/=255;return v<=0.03928"
            + "?v/12.92:Math.pow((v+0.055)/1.055,2.4);});return 0.2126*a[0]+0.7152*a[1]+0.0722*a[2];}"
            + "function bg(e){for(;e&&e.nodeType===1;e=e.parentElement){var c=rgb(getComputedStyle(e)"
            + ".backgroundColor);if(c[3]>0.5){return c;}}return [255,255,255,1];}";

    /** WCAG 2 contrast of every element's own text against the first opaque background behind it. */
    private void contrast() throws Exception {
        String script = "(function(){" + COLOURS + "var bad=[],n=0;"
                + "document.querySelectorAll('body *').forEach(function(e){var own=[].some.call(e.childNodes,"
                + "function(x){return x.nodeType===3&&x.textContent.trim();});if(!own||e.closest('svg')"
                + "||e.tagName==='SCRIPT'||e.tagName==='STYLE'||!e.getClientRects().length)return;n++;"
                + "var st=getComputedStyle(e);var fill=st.color;var a=lum(rgb(fill)),b=lum(bg(e));var r="
                + "(Math.max(a,b)+0.05)/(Math.min(a,b)+0.05);if(r<4.5)bad.push(e.tagName+' \"'+e.textContent"
                + ".trim().slice(0,30)+'\" '+r.toFixed(2));});return JSON.stringify({n:n,bad:bad.slice(0,10),"
                + "count:bad.length});})()";
        JsonNode r = JSON.readTree(eval(script).asText());
        if (r.get("n").asInt() == 0) {
            failures.add("the contrast check found no text");
        }
        if (r.get("count").asInt() > 0) {
            failures.add(r.get("count").asInt() + " texts have a contrast below 4.5:1, e.g. " + r.get("bad"));
        }
        // The tornadoes' texts: their fill against the page behind the SVG and every rect (the P10-P90 band, the
        // bars) they overlap, the worst of these counting.
        String svg = "(function(){" + COLOURS
                + "function ratio(f,b){var a=lum(f),c=lum(b);return (Math.max(a,c)+0.05)/(Math.min(a,c)+0.05);}"
                + "var bad=[],n=0;"
                + "document.querySelectorAll('#uncertainty svg text').forEach(function(t){var s=t.ownerSVGElement;"
                + "var fill=rgb(getComputedStyle(t).fill);var r=ratio(fill,bg(s));var b=t.getBBox();"
                + "s.querySelectorAll('rect').forEach(function(x){var f=getComputedStyle(x).fill;var k=x.getBBox();"
                + "if(f.indexOf('rgb')!==0||k.x>=b.x+b.width||b.x>=k.x+k.width||k.y>=b.y+b.height"
                + "||b.y>=k.y+k.height)return;r=Math.min(r,ratio(fill,rgb(f)));});n++;"
                + "if(r<4.5)bad.push('\"'+t.textContent.trim().slice(0,30)+'\" '+r.toFixed(2));});"
                + "return JSON.stringify({n:n,bad:bad.slice(0,10),count:bad.length});})()";
        JsonNode t = JSON.readTree(eval(svg).asText());
        if (t.get("n").asInt() == 0) {
            failures.add("the contrast check found no text in the tornadoes");
        }
        if (t.get("count").asInt() > 0) {
            failures.add(t.get("count").asInt() + " texts of the tornadoes have a contrast below 4.5:1, e.g. "
                    + t.get("bad"));
        }
        tornadoTexts = t.get("n").asInt();
    }

    private static List<Long> numbers(String csv) {
        List<Long> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isEmpty()) {
                out.add(Long.parseLong(s));
            }
        }
        return out;
    }

    /** Sorted in the direction given, unknown values (-1) last. */
    private static boolean isSorted(List<Long> values, int direction) {
        boolean unknown = false;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) < 0) {
                unknown = true;
            } else if (unknown || i > 0 && values.get(i - 1) >= 0
                    && Long.compare(values.get(i), values.get(i - 1)) * direction < 0) {
                return false;
            }
        }
        return true;
    }

    private void viewport(int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void screenshot(Path file) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** A screenshot of one element of the page, for a reviewer to look at. */
    private void elementShot(String selector, Path file) throws Exception {
        JsonNode box = JSON.readTree(eval("(function(){var r=document.querySelector(" + JSON.writeValueAsString(
                selector) + ").getBoundingClientRect();return JSON.stringify({x:r.left+window.scrollX,"
                + "y:r.top+window.scrollY,width:r.width,height:r.height,scale:1});})()").asText());
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", box));
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            failures.add("script failed in the page: " + expression.substring(0, Math.min(80, expression.length()))
                    + ": " + r.get("exceptionDetails").path("exception").path("description").asText());
            return JSON.nullNode();
        }
        JsonNode v = r.path("result").path("value");
        return v.isMissingNode() ? JSON.nullNode() : v;
    }

    private CompletableFuture<JsonNode> event(String method) {
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        awaited.put(method, f);
        return f;
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode().put("id", id).put("method", method);
        m.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(m), true).get(30, TimeUnit.SECONDS);
        JsonNode r = reply.get(120, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + " failed: " + r.get("error"));
        }
        return r.get("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder part = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            part.append(data);
            if (last) {
                String text = part.toString();
                part.setLength(0);
                try {
                    receive(JSON.readTree(text));
                } catch (Exception e) {
                    consoleErrors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            ws.request(1);
            return null;
        }
    }

    private void receive(JsonNode m) {
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        String method = m.path("method").asText();
        JsonNode p = m.path("params");
        switch (method) {
            case "Runtime.exceptionThrown" -> consoleErrors.add("uncaught: "
                    + p.path("exceptionDetails").path("exception").path("description").asText(
                    p.path("exceptionDetails").path("text").asText()));
            case "Runtime.consoleAPICalled" -> {
                if (p.path("type").asText().equals("error")) {
                    consoleErrors.add("console.error: " + p.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if (p.path("entry").path("level").asText().equals("error")) {
                    consoleErrors.add("log: " + p.path("entry").path("text").asText());
                }
            }
            case "Network.requestWillBeSent" -> {
                String url = p.path("request").path("url").asText();
                if (!url.startsWith("file:") && !url.startsWith("data:") && !url.startsWith("about:")) {
                    consoleErrors.add("network request: " + url);
                }
            }
            default -> {
            }
        }
        CompletableFuture<JsonNode> f = awaited.remove(method);
        if (f != null) {
            f.complete(p);
        }
    }
}
