package io.github.livskraft.casework.internal;

import io.github.livskraft.sdg.IoReason;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseInputException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Streams HTML into plain text with jsoup's {@link StreamParser}, so that memory is bounded by the text (and the
 * open elements), not by the whole DOM (issue 17: a 20 MiB table of some 1.4 million nodes did not fit a 256 MB
 * heap as a DOM).
 *
 * <p>Block elements start new lines, table cells are separated by spaces; {@code script}, {@code style},
 * {@code nav}, {@code noscript} and {@code template} are dropped, and only the {@code body} is read. Each element is
 * written and removed from the tree as soon as jsoup has closed it; the start of an element that is still open (a
 * {@code table} whose rows are still coming) is written when a later element inside it closes. Text beyond the
 * character limit is counted but not kept, so an over-long document is refused with its true length.
 *
 * <p>Not thread-safe; one instance per document (see {@link #extract}).
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
      "table", "section", "article", "header", "footer", "ul", "ol", "dt", "dd", "blockquote", "pre", "address",
      "br", "main", "aside", "figure", "figcaption", "hr", "title");
  private static final Set<String> DROPPED = Set.of("script", "style", "nav", "noscript", "template");

  private final Sink out;
  /** Elements whose start has been written while they were open, with whether they are silent. */
  private final Map<Element, Boolean> started = new IdentityHashMap<>();
  /** Elements jsoup has closed that are still in the tree. */
  private final Set<Element> closed = Collections.newSetFromMap(new IdentityHashMap<>());

  private HtmlText(int maxChars) {
    this.out = new Sink(maxChars);
  }

  /**
   * Reads HTML into text.
   *
   * @param source the file name for messages
   * @param html the HTML, read once
   * @param maxChars the limit of extracted characters (the result's length, final line break included)
   * @return the text, ending with one line break
   * @throws CaseInputException {@link CaseErrorCode#TOO_LARGE} naming the extracted length and the limit, or
   *     {@link CaseErrorCode#READ_FAILED} if the reader fails
   */
  public static String extract(String source, Reader html, int maxChars) {
    HtmlText h = new HtmlText(maxChars);
    try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, "")) {
      Document doc = parser.document();
      h.started.put(doc, Boolean.TRUE);
      for (Iterator<Element> it = parser.iterator(); it.hasNext();) {
        Element e = it.next();
        h.closed.add(e);
        h.onClosed(e);
      }
      h.finish(doc);
    } catch (UncheckedIOException e) {
      throw new CaseInputException(CaseErrorCode.READ_FAILED, source, e, IoReason.of(e.getCause()));
    }
    if (h.out.overLimit()) {
      throw new CaseInputException(CaseErrorCode.TOO_LARGE, source, null, h.out.finalLength(), maxChars,
          CaseErrorCode.text("unit.characters"));
    }
    return h.out.text();
  }

  /** Writes the closed element and whatever precedes it, if nothing before it is still open. */
  private void onClosed(Element e) {
    Element parent = e.parent();
    Deque<Element> path = new ArrayDeque<>();
    Element a = parent;
    while (a != null && !started.containsKey(a)) {
      path.push(a);
      a = a.parent();
    }
    if (a == null) {
      return; // detached or moved away; written at the end with the rest of the tree
    }
    for (Element open : path) {
      if (!drainBefore(open)) {
        return;
      }
      boolean silent = silent(open);
      started.put(open, silent);
      if (!silent) {
        start(open);
      }
    }
    if (drainBefore(e)) {
      write(e, silent(e));
      e.remove();
    }
  }

  /**
   * Writes what is left when the input ends (normally nothing: jsoup closes every element at the end): the body's
   * remaining content as text, then the rest of the tree silently.
   */
  private void finish(Document doc) {
    for (Element html : doc.children()) {
      for (Element child : html.children()) {
        if (isBody(child)) {
          write(child, false);
          child.remove();
          break;
        }
      }
    }
    write(doc, true);
  }

  /** Whether an element's text is dropped: a dropped element, or outside the body. */
  private boolean silent(Element e) {
    if (DROPPED.contains(e.normalName())) {
      return true;
    }
    Element parent = e.parent();
    boolean parentSilent = parent == null || started.getOrDefault(parent, Boolean.TRUE);
    return parentSilent && !isBody(e);
  }

  private static boolean isBody(Element e) {
    String name = e.normalName();
    Element html = e.parent();
    return (name.equals("body") || name.equals("frameset")) && html != null && html.normalName().equals("html")
        && html.parent() instanceof Document;
  }

  /** Writes and removes the siblings before a node; false if one of them is an element jsoup has not closed. */
  private boolean drainBefore(Node node) {
    Element parent = node.parent() instanceof Element p ? p : null;
    while (parent != null && parent.childNode(0) != node) {
      Node first = parent.childNode(0);
      if (first instanceof Element fe && !closed.contains(fe)) {
        return false; // e.g. a foster-parented element that is still open: wait for it
      }
      write(first, started.getOrDefault(parent, Boolean.TRUE));
      first.remove();
    }
    return true;
  }

  /** Writes a whole subtree; starts already written are not written again. */
  private void write(Node root, boolean silent) {
    NodeTraversor.traverse(new NodeVisitor() {
      private int dropped;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          closed.remove(e);
          boolean wasStarted = started.remove(e) != null;
          if (DROPPED.contains(e.normalName())) {
            dropped++;
          }
          if (!wasStarted && !silent && dropped == 0) {
            start(e);
          }
        } else if (node instanceof TextNode t && !silent && dropped == 0) {
          out.text(t.text());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (!silent && dropped == 0 && BLOCKS.contains(e.normalName())) {
            out.newline();
          }
          if (DROPPED.contains(e.normalName())) {
            dropped--;
          }
        }
      }
    }, root);
  }

  private void start(Element e) {
    String name = e.normalName();
    if (name.equals("td") || name.equals("th")) {
      out.cellGap();
    } else if (BLOCKS.contains(name)) {
      out.newline();
    }
  }

  /** The text written so far: kept up to the limit, counted beyond it. */
  private static final class Sink {
    private final int maxChars;
    private final StringBuilder sb = new StringBuilder();
    private long length;
    private long textEnd;
    private char last;

    Sink(int maxChars) {
      this.maxChars = maxChars;
    }

    void text(String s) {
      if (s.isBlank()) {
        return;
      }
      if (length > 0 && last != '\n' && last != ' ') {
        append(" ");
      }
      append(s.strip());
      textEnd = length;
    }

    void newline() {
      if (length > 0 && last != '\n') {
        append("\n");
      }
    }

    void cellGap() {
      if (length > 0 && last != '\n') {
        append(" ");
      }
    }

    private void append(String s) {
      length += s.length();
      last = s.charAt(s.length() - 1);
      if (sb.length() <= maxChars) {
        sb.append(s);
      }
    }

    /** The length of {@link #text()}: the text up to its last non-blank part, and one line break. */
    long finalLength() {
      return textEnd + 1;
    }

    boolean overLimit() {
      return finalLength() > maxChars;
    }

    String text() {
      return sb.substring(0, (int) textEnd) + "\n";
    }
  }
}
