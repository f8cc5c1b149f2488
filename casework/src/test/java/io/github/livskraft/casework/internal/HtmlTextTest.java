package io.github.livskraft.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.livskraft.casework.CaseInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming extraction gives the text the whole-DOM extraction gave (the rules of the intake before issue 17's
 * streaming change, kept here as the oracle): on the written saksframlegg, the committed fuzz inputs, hand-written
 * misnested HTML and seeded random HTML.
 */
class HtmlTextTest {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
      "table", "section", "article", "header", "footer", "ul", "ol", "dt", "dd", "blockquote", "pre", "address",
      "br", "main", "aside", "figure", "figcaption", "hr", "title");

  /** The former whole-DOM extraction. */
  static String domText(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    doc.select("script, style, nav, noscript, template").remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.text();
          if (!s.isBlank()) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && sb.charAt(sb.length() - 1) != ' ') {
              sb.append(' ');
            }
            sb.append(s.strip());
          }
        } else if (node instanceof Element e) {
          String n = e.normalName();
          if ((n.equals("td") || n.equals("th"))) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
              sb.append(' ');
            }
          } else if (BLOCKS.contains(n) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName()) && sb.length() > 0
            && sb.charAt(sb.length() - 1) != '\n') {
          sb.append('\n');
        }
      }
    }, doc.body());
    return sb.toString().strip() + "\n";
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlTextTest.class.getResourceAsStream("/io/github/livskraft/casework/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String stream(String html) {
    return HtmlText.extract("t.html", new StringReader(html), Integer.MAX_VALUE - 8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"written/saksframlegg.html",
      "CaseReaderFuzzTestInputs/html/hostile-script-and-entities.html",
      "CaseReaderFuzzTestInputs/html/hostile-deep-nesting.html",
      "CaseReaderFuzzTestInputs/html/written-saksframlegg.html"})
  void committedHtmlGivesTheSameTextAsTheWholeDom(String name) throws IOException {
    String html = resource(name);
    assertThat(stream(html)).isEqualTo(domText(html));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<p>a<b>b<p>c</b>d</p>e",
      "<table><tr><td>1<td>2</table>x<table><div>foster</div><tr><th>h</th></tr></table>",
      "<table><tr><td>a</td>b<td>c</td></tr>d</table>",
      "<a><div>x</a>y</div>z",
      "<ul><li>one<li>two<ul><li>deep</ul></ul><nav>menu<p>skip</nav>after",
      "<head><title>T</title><style>p{}</style></head><body><script>x()</script>text</body>tail<p>late",
      "<pre>  a\n  b  </pre><br>c<hr>d",
      "<frameset><frame></frameset>",
      "",
      "   ",
      "<template><p>t</template><noscript>n</noscript>visible",
      "<svg><style>s</style><text>svg text</text></svg><math><mi>x</mi></math>",
      "<b><i>one</b>two</i>three<p>four<b>five</p>six",
      "<table><div>open <p>foster <table><tr><td>cell</table>after",
      "<body><p>unclosed <div>at <span>the end"})
  void misnestedHtmlGivesTheSameTextAsTheWholeDom(String html) {
    assertThat(stream(html)).isEqualTo(domText(html));
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 20261207L + i);
  }

  private static final String[] TAGS = {"p", "div", "table", "tr", "td", "th", "tbody", "b", "i", "a", "span", "li",
      "ul", "br", "h1", "script", "nav", "style", "pre", "section", "template", "title", "body", "html", "head",
      "select", "option", "form", "caption", "colgroup", "svg", "font"};
  private static final String[] WORDS = {"Rådmannens", "innstilling", "  ", "\n", "bærekraftsmål 13", "&amp;",
      "&nbsp;", "x", "<!-- c -->", "11.2", "\t", "&lt;p&gt;"};

  /** Random, often misnested HTML: the tree builder's repairs must not change the text. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomHtmlGivesTheSameTextAsTheWholeDom(long seed) {
    Random r = new Random(seed);
    StringBuilder html = new StringBuilder();
    int n = r.nextInt(80);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(3)) {
        case 0 -> html.append('<').append(TAGS[r.nextInt(TAGS.length)]).append('>');
        case 1 -> html.append("</").append(TAGS[r.nextInt(TAGS.length)]).append('>');
        default -> html.append(WORDS[r.nextInt(WORDS.length)]);
      }
    }
    String h = html.toString();
    assertThat(stream(h)).as("seed %d: %s", seed, h).isEqualTo(domText(h));
  }

  @Test
  void aBigTableIsStreamedRowByRowAndGivesTheSameText() {
    StringBuilder html = new StringBuilder("<html><body><h1>Vedlegg</h1><table>");
    for (int i = 0; i < 5_000; i++) {
      html.append("<tr><td class=\"k\">").append(i).append("</td><td>Kongsberg ").append(i * 7).append("</td></tr>");
    }
    html.append("</table><p>Slutt</p></body></html>");
    assertThat(stream(html.toString())).isEqualTo(domText(html.toString()));
  }

  @Test
  void textAtTheCharacterLimitIsKeptOneMoreIsRefusedWithItsLength() {
    String html = "<p>abc</p><p>de</p>"; // "abc\nde\n" = 7 characters
    assertThat(HtmlText.extract("t.html", new StringReader(html), 7)).isEqualTo("abc\nde\n");
    assertThatThrownBy(() -> HtmlText.extract("t.html", new StringReader(html), 6))
        .isInstanceOf(CaseInputException.class)
        .hasMessage("CASE-0006: t.html: the input is too large (7 characters); the limit is 6 characters");
    String longer = html + "<p>" + "x".repeat(1000) + "</p>";
    assertThatThrownBy(() -> HtmlText.extract("t.html", new StringReader(longer), 6))
        .isInstanceOf(CaseInputException.class)
        .hasMessageContaining("(1,008 characters)");
  }
}
