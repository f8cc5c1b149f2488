// Livskraft research walkthrough (JShell): fetch → tidy file → peers → chart.
// Run from the repository root after `mvn -B -ntp -pl livskraft-cli -am package -DskipTests`:
//   jshell --class-path livskraft-cli/target/livskraft.jar docs/research.jsh
// CI runs this script offline (ResearchWalkthroughTest) and checks its output. Drop "--offline" for live SSB data.
import io.github.livskraft.cli.Main;
import io.github.livskraft.indicators.Direction;
import io.github.livskraft.indicators.calc.PeerComparison;
import io.github.livskraft.indicators.io.SeriesCsv;
import io.github.livskraft.indicators.series.Period;
import io.github.livskraft.indicators.series.SeriesSet;
import io.github.livskraft.indicators.series.TimeSeries;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

Path work = Files.createTempDirectory("livskraft-research");

// 1. Fetch the indicator's SSB source (table 12134, ContentsCode KOSAG110000) for every region, harmonised.
int code = Main.run(new String[] {"indicators", "fetch", "--indicator", "governance.free-income-per-capita",
    "--region", "all", "--years", "2024", "--offline", "--no-cache", "--harmonise", "none",
    "--out", work.resolve("free-income").toString()}, new PrintWriter(System.out, true), new PrintWriter(System.out, true));
System.out.println("fetch exit code " + code);

// 2. Read the tidy CSV (the Parquet file beside it has the same columns).
SeriesSet data = SeriesCsv.read(work.resolve("free-income.csv"));
List<TimeSeries> all = data.ofVariable("governance.free-income-per-capita");
System.out.println("series " + all.size());

// 3. Compare one municipality with its peers.
TimeSeries bergen = all.stream().filter(s -> s.region().key().equals("4601")).findFirst().orElseThrow();
PeerComparison p = PeerComparison.compare(bergen, all, Period.year(2024), Direction.HIGHER_IS_BETTER);
System.out.println(String.format(Locale.ROOT, "4601 rank %d of %d, peer median %.1f", p.rank().orElseThrow(),
    p.peersWithValue() + 1, p.peerMedian().orElseThrow()));

// 4. Chart: a bar per region, as text and as an SVG file.
double max = all.stream().mapToDouble(s -> s.at(Period.year(2024)).getValue()).max().orElseThrow();
StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\""
    + (all.size() * 24 + 30) + "\">\n");
int row = 0;
for (TimeSeries s : all.stream().sorted(Comparator.comparing(s -> -s.at(Period.year(2024)).getValue())).toList()) {
  double v = s.at(Period.year(2024)).getValue();
  System.out.println(String.format(Locale.ROOT, "%s %-30s %,.0f", s.region().key(), "#".repeat((int) Math.round(30 * v / max)), v));
  svg.append(String.format(Locale.ROOT, "  <rect x=\"60\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#19486a\"/>"
      + "<text x=\"5\" y=\"%d\">%s</text>\n", row * 24 + 5, 300 * v / max, row * 24 + 19, s.region().key()));
  row++;
}
svg.append("  <text x=\"5\" y=\"").append(row * 24 + 22).append("\">Kilde: Statistisk sentralbyrå, CC BY 4.0</text>\n</svg>\n");
Files.writeString(work.resolve("free-income.svg"), svg);
System.out.println("chart " + work.resolve("free-income.svg") + " " + Files.size(work.resolve("free-income.svg")) + " bytes");
/exit
