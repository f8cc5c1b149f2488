package io.github.livskraft.casework.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.casework.Assessment;
import io.github.livskraft.casework.CaseErrorCode;
import io.github.livskraft.casework.CaseNumber;
import io.github.livskraft.casework.CaseworkException;
import io.github.livskraft.casework.Decision;
import io.github.livskraft.casework.Evidence;
import io.github.livskraft.casework.ExplicitReference;
import io.github.livskraft.casework.FollowUpReason;
import io.github.livskraft.casework.GoalLine;
import io.github.livskraft.casework.GoldenThread;
import io.github.livskraft.casework.Impact;
import io.github.livskraft.casework.ImpactSuggestion;
import io.github.livskraft.casework.LineOrigin;
import io.github.livskraft.casework.LineStatus;
import io.github.livskraft.casework.PartKind;
import io.github.livskraft.casework.PlanFollowUp;
import io.github.livskraft.plan.ElementKind;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageFragment;
import io.github.livskraft.sdg.TargetCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The assessment as JSON, described by the published JSON Schema {@value #SCHEMA_ID} (bundled as
 * {@code io/github/livskraft/casework/io/casework-assessment-1.schema.json}). {@link #read} is strict: a wrong or
 * missing field fails with {@link CaseErrorCode#INVALID_JSON} naming the JSON path. Stateless.
 */
public final class AssessmentJson {
  /** The {@code $id} of the JSON Schema. */
  public static final String SCHEMA_ID = "https://livskraft.github.io/schema/casework-assessment-1.schema.json";
  /** Documents larger than this are refused before parsing. */
  public static final int MAX_CHARS = 10_000_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AssessmentJson() {}

  /**
   * Writes an assessment.
   *
   * @param a the assessment
   * @return pretty-printed JSON
   */
  public static String write(Assessment a) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(a)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * The assessment as a JSON tree.
   *
   * @param a the assessment
   * @return the tree
   */
  public static ObjectNode toJson(Assessment a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("$schema", SCHEMA_ID);
    o.put("caseId", a.caseId());
    o.put("title", a.title());
    a.caseNumber().ifPresent(n -> o.put("caseNumber", n.toString()));
    o.put("language", a.language().tag());
    o.put("catalogueEdition", a.catalogueEdition());
    o.put("rulesVersion", a.rulesVersion());
    o.put("assessedAt", a.assessedAt().toString());
    o.put("textSha256", a.textSha256());
    ArrayNode lines = o.putArray("lines");
    for (GoalLine l : a.lines()) {
      ObjectNode n = lines.addObject();
      n.put("goal", l.goal().number());
      ArrayNode t = n.putArray("targets");
      l.targets().forEach(x -> t.add(x.toString()));
      n.put("origin", l.origin().name());
      n.put("score", l.score());
      n.put("status", l.status().name());
      l.impact().ifPresent(i -> n.put("impact", i.name()));
      ObjectNode s = n.putObject("suggestedImpact");
      s.put("impact", l.suggestedImpact().impact().name());
      s.put("suggestion", true);
      evidence(s.putArray("cues"), l.suggestedImpact().cues());
      evidence(n.putArray("evidence"), l.evidence());
      l.decision().ifPresent(d -> {
        ObjectNode dn = n.putObject("decision");
        dn.put("by", d.by());
        dn.put("at", d.at().toString());
        d.justification().ifPresent(j -> dn.put("justification", j));
      });
      n.put("evidenceVanished", l.evidenceVanished());
      l.evidenceLevel().ifPresent(e -> n.put("evidenceLevel", e.id()).put("confidence", e.confidence()));
    }
    ArrayNode refs = o.putArray("explicitReferences");
    for (ExplicitReference r : a.explicitReferences()) {
      ObjectNode n = refs.addObject();
      n.put("goal", r.goal().number());
      r.target().ifPresent(t -> n.put("target", t.toString()));
      n.put("start", r.start());
      n.put("end", r.end());
      n.put("text", r.text());
      n.put("part", r.part().name());
    }
    ObjectNode g = o.putObject("goldenThread");
    ArrayNode plans = g.putArray("plansConsidered");
    a.goldenThread().plansConsidered().forEach(plans::add);
    ArrayNode follow = g.putArray("followUps");
    for (PlanFollowUp f : a.goldenThread().followUps()) {
      ObjectNode n = follow.addObject();
      n.put("planId", f.planId());
      n.put("planTitle", f.planTitle());
      n.put("elementId", f.elementId());
      n.put("kind", f.kind().name());
      n.put("title", f.title());
      f.focusArea().ifPresent(x -> n.put("focusArea", x));
      n.put("score", f.score());
      ArrayNode rs = n.putArray("reasons");
      for (FollowUpReason r : f.reasons()) {
        rs.addObject().put("kind", r.kind().name()).put("detail", r.detail());
      }
    }
    ArrayNode chosen = g.putArray("chosenGoalsTouched");
    a.goldenThread().chosenGoalsTouched().forEach(c -> chosen.add(c.number()));
    g.put("touchesChosenGoalsWithoutFollowUp", a.goldenThread().touchesChosenGoalsWithoutFollowUp());
    return o;
  }

  private static void evidence(ArrayNode arr, List<Evidence> list) {
    for (Evidence e : list) {
      arr.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text()).put("part", e.part().name())
          .put("source", e.source());
    }
  }

  /**
   * Reads an assessment.
   *
   * @param source a name for messages
   * @param json the JSON
   * @return the assessment
   * @throws CaseworkException ({@link CaseErrorCode#INVALID_JSON}) naming the JSON path
   */
  public static Assessment read(String source, String json) {
    if (json.length() > MAX_CHARS) {
      throw new CaseworkException(CaseErrorCode.TOO_LARGE, null, source, json.length(), MAX_CHARS, CaseErrorCode.text("unit.characters"));
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CaseworkException(CaseErrorCode.INVALID_JSON, e, source, CaseErrorCode.text("where.line-column",
          String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr())),
          CaseErrorCode.text("expected.json"));
    }
    return new Reader(source).assessment(root);
  }

  private record Reader(String source) {
    Assessment assessment(JsonNode o) {
      List<GoalLine> lines = new ArrayList<>();
      JsonNode ls = arr(o, "$", "lines");
      for (int i = 0; i < ls.size(); i++) {
        lines.add(line(ls.get(i), "$.lines[" + i + "]"));
      }
      List<ExplicitReference> refs = new ArrayList<>();
      JsonNode rs = arr(o, "$", "explicitReferences");
      for (int i = 0; i < rs.size(); i++) {
        String p = "$.explicitReferences[" + i + "]";
        JsonNode r = rs.get(i);
        Optional<TargetCode> target = optStr(r, "target").map(t -> conv(p + ".target", t, TargetCode::parse,
            CaseErrorCode.text("expected.target-code-example")));
        refs.add(new ExplicitReference(goal(r, p), target, integer(r, p, "start"), integer(r, p, "end"),
            str(r, p, "text"), en(PartKind.class, r, p, "part")));
      }
      JsonNode g = obj(o, "$", "goldenThread");
      List<String> plans = new ArrayList<>();
      arr(g, "$.goldenThread", "plansConsidered").forEach(x -> plans.add(x.asText()));
      List<PlanFollowUp> follow = new ArrayList<>();
      JsonNode fs = arr(g, "$.goldenThread", "followUps");
      for (int i = 0; i < fs.size(); i++) {
        String p = "$.goldenThread.followUps[" + i + "]";
        JsonNode f = fs.get(i);
        List<FollowUpReason> reasons = new ArrayList<>();
        JsonNode rr = arr(f, p, "reasons");
        for (int j = 0; j < rr.size(); j++) {
          reasons.add(new FollowUpReason(en(FollowUpReason.Kind.class, rr.get(j), p + ".reasons[" + j + "]", "kind"),
              str(rr.get(j), p + ".reasons[" + j + "]", "detail")));
        }
        follow.add(new PlanFollowUp(str(f, p, "planId"), str(f, p, "planTitle"), str(f, p, "elementId"),
            en(ElementKind.class, f, p, "kind"), str(f, p, "title"), optStr(f, "focusArea"), num(f, p, "score"),
            reasons));
      }
      List<GoalCode> chosen = new ArrayList<>();
      JsonNode cs = arr(g, "$.goldenThread", "chosenGoalsTouched");
      for (int i = 0; i < cs.size(); i++) {
        String p = "$.goldenThread.chosenGoalsTouched[" + i + "]";
        chosen.add(conv(p, cs.get(i).asText(), GoalCode::parse, CaseErrorCode.text("expected.goal-number")));
      }
      return new Assessment(str(o, "$", "caseId"), str(o, "$", "title"),
          optStr(o, "caseNumber").map(n -> conv("$.caseNumber", n, CaseNumber::parse, CaseErrorCode.text("expected.case-number"))),
          conv("$.language", str(o, "$", "language"), t -> Language.fromTag(t).orElseThrow(), CaseErrorCode.text("expected.language")),
          str(o, "$", "catalogueEdition"), str(o, "$", "rulesVersion"),
          conv("$.assessedAt", str(o, "$", "assessedAt"), Instant::parse, CaseErrorCode.text("expected.instant")),
          str(o, "$", "textSha256"), lines, refs, new GoldenThread(plans, follow, chosen));
    }

    GoalLine line(JsonNode n, String p) {
      List<TargetCode> targets = new ArrayList<>();
      JsonNode ts = arr(n, p, "targets");
      for (int i = 0; i < ts.size(); i++) {
        targets.add(conv(p + ".targets[" + i + "]", ts.get(i).asText(), TargetCode::parse, CaseErrorCode.text("expected.target-code")));
      }
      JsonNode s = obj(n, p, "suggestedImpact");
      ImpactSuggestion sug = new ImpactSuggestion(en(Impact.class, s, p + ".suggestedImpact", "impact"),
          evidence(arr(s, p + ".suggestedImpact", "cues"), p + ".suggestedImpact.cues"));
      Optional<Decision> decision = Optional.empty();
      if (n.has("decision")) {
        JsonNode d = obj(n, p, "decision");
        decision = Optional.of(new Decision(str(d, p + ".decision", "by"),
            conv(p + ".decision.at", str(d, p + ".decision", "at"), Instant::parse, CaseErrorCode.text("expected.instant")),
            optStr(d, "justification")));
      }
      Optional<Impact> impact = n.has("impact") ? Optional.of(en(Impact.class, n, p, "impact")) : Optional.empty();
      Optional<io.github.livskraft.tagger.Evidence> level = n.has("evidenceLevel")
          ? Optional.of(level(str(n, p, "evidenceLevel"), p + ".evidenceLevel")) : Optional.empty();
      try {
        return new GoalLine(goal(n, p), targets, en(LineOrigin.class, n, p, "origin"), num(n, p, "score"),
            evidence(arr(n, p, "evidence"), p + ".evidence"), sug, impact, en(LineStatus.class, n, p, "status"),
            decision, n.path("evidenceVanished").asBoolean(false), level);
      } catch (IllegalArgumentException e) {
        throw bad(p, CaseErrorCode.text("expected.consistent-line"), e);
      }
    }

    /** An evidence level by its {@code id()}; the confidence written beside it follows from the level. */
    io.github.livskraft.tagger.Evidence level(String id, String path) {
      return io.github.livskraft.tagger.Evidence.find(id).orElseThrow(() -> bad(path,
          CaseErrorCode.text("expected.one-of", io.github.livskraft.tagger.Evidence.ids().toString()), null));
    }

    List<Evidence> evidence(JsonNode arr, String p) {
      List<Evidence> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        String q = p + "[" + i + "]";
        JsonNode e = arr.get(i);
        out.add(new Evidence(integer(e, q, "start"), integer(e, q, "end"), str(e, q, "text"),
            en(PartKind.class, e, q, "part"), str(e, q, "source")));
      }
      return out;
    }

    GoalCode goal(JsonNode n, String p) {
      return conv(p + ".goal", Integer.toString(integer(n, p, "goal")), GoalCode::parse, CaseErrorCode.text("expected.goal-number"));
    }

    <T> T conv(String path, String value, Function<String, T> f, MessageFragment expected) {
      try {
        return f.apply(value);
      } catch (RuntimeException e) {
        throw bad(path, CaseErrorCode.text("expected.not", expected, value), e);
      }
    }

    CaseworkException bad(String path, MessageFragment expected, @org.jspecify.annotations.Nullable Throwable cause) {
      return new CaseworkException(CaseErrorCode.INVALID_JSON, cause, source, path, expected);
    }

    JsonNode obj(JsonNode n, String p, String f) {
      JsonNode v = n.get(f);
      if (v == null || !v.isObject()) {
        throw bad(p + "." + f, CaseErrorCode.text("expected.object"), null);
      }
      return v;
    }

    JsonNode arr(JsonNode n, String p, String f) {
      JsonNode v = n.get(f);
      if (v == null || !v.isArray()) {
        throw bad(p + "." + f, CaseErrorCode.text("expected.array"), null);
      }
      return v;
    }

    String str(JsonNode n, String p, String f) {
      JsonNode v = n.get(f);
      if (v == null || !v.isTextual()) {
        throw bad(p + "." + f, CaseErrorCode.text("expected.string"), null);
      }
      return v.asText();
    }

    Optional<String> optStr(JsonNode n, String f) {
      JsonNode v = n.get(f);
      return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    int integer(JsonNode n, String p, String f) {
      JsonNode v = n.get(f);
      if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
        throw bad(p + "." + f, CaseErrorCode.text("expected.integer"), null);
      }
      return v.asInt();
    }

    double num(JsonNode n, String p, String f) {
      JsonNode v = n.get(f);
      if (v == null || !v.isNumber()) {
        throw bad(p + "." + f, CaseErrorCode.text("expected.number"), null);
      }
      return v.asDouble();
    }

    <E extends Enum<E>> E en(Class<E> type, JsonNode n, String p, String f) {
      String s = str(n, p, f);
      try {
        return Enum.valueOf(type, s);
      } catch (IllegalArgumentException e) {
        throw bad(p + "." + f, CaseErrorCode.text("expected.one-of", java.util.Arrays.toString(type.getEnumConstants())), e);
      }
    }
  }
}
