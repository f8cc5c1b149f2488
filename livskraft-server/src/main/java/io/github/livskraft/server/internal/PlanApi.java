package io.github.livskraft.server.internal;

import io.github.livskraft.server.ServerErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.livskraft.plan.Finding;
import io.github.livskraft.plan.PlanChain;
import io.github.livskraft.plan.PlanParseException;
import io.github.livskraft.plan.Severity;
import io.github.livskraft.plan.coherence.CoherenceChecker;
import io.github.livskraft.plan.coverage.CoverageAnalyzer;
import io.github.livskraft.plan.coverage.CoverageReport;
import io.github.livskraft.plan.io.LoadedPlanDocument;
import io.github.livskraft.plan.io.PlanFormat;
import io.github.livskraft.plan.io.PlanReader;
import io.github.livskraft.plan.io.PlanWriter;
import io.github.livskraft.plan.validation.PlanValidator;
import io.github.livskraft.sdg.GoalCode;
import io.github.livskraft.sdg.InvalidCodeException;
import io.github.livskraft.sdg.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /plans/validate} and {@code POST /plans/coverage}: plan files sent as one YAML document
 * ({@code application/yaml}, name from {@code ?name=}) or several as JSON {@code {"files": [{"name", "content"}]}}.
 */
final class PlanApi {
  /** Most files in one request. */
  static final int MAX_FILES = 50;

  private final PlanReader reader = PlanReader.create();
  private final PlanValidator validator;

  PlanApi(PlanValidator validator) {
    this.validator = validator;
  }

  private record Input(String name, String content) {}

  private record Parsed(List<LoadedPlanDocument> docs, List<PlanParseException> errors, List<String> names,
      List<String> priority) {}

  private Parsed parse(Req req) {
    List<Input> inputs = new ArrayList<>();
    List<String> priority = new ArrayList<>(req.params("priority"));
    if (req.contentType().equals("application/yaml") || req.contentType().equals("application/x-yaml")
        || req.contentType().equals("text/yaml")) {
      inputs.add(new Input(req.param("name").orElse("plan.yaml"), req.text()));
    } else {
      ObjectNode body = Json.parseObject(req);
      ArrayNode files = Json.array(body, "files", MAX_FILES);
      int i = 0;
      for (JsonNode f : files) {
        if (!f.isObject()) {
          throw Problems.of(ServerErrorCode.BAD_FIELD, "files[" + i + "]", ServerErrorCode.BAD_FIELD.fragment("file"));
        }
        ObjectNode fo = (ObjectNode) f;
        inputs.add(new Input(Json.text(fo, "name").orElse("file-" + (i + 1) + ".yaml"),
            Json.text(fo, "content").orElseThrow(() -> Problems.of(ServerErrorCode.BAD_FIELD, "files[" + fo.path("name")
                .asText("") + "].content", ServerErrorCode.BAD_FIELD.fragment("missing")))));
        i++;
      }
      priority.addAll(Json.texts(body, "priority"));
    }
    List<LoadedPlanDocument> docs = new ArrayList<>();
    List<PlanParseException> errors = new ArrayList<>();
    for (Input in : inputs) {
      try {
        docs.add(reader.read(in.name(), in.content(), PlanFormat.forFileName(in.name())));
      } catch (PlanParseException e) {
        errors.add(e);
      }
    }
    return new Parsed(docs, errors, inputs.stream().map(Input::name).toList(), priority);
  }

  Reply validate(Req req) {
    Parsed p = parse(req);
    Language l = req.language();
    List<Finding> findings = new ArrayList<>();
    for (LoadedPlanDocument d : p.docs()) {
      findings.addAll(validator.validate(d));
    }
    if (!p.docs().isEmpty()) {
      findings.addAll(CoherenceChecker.create().check(p.docs()));
    }
    long errors = p.errors().size() + findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    ObjectNode o = Json.object();
    o.put("valid", errors == 0);
    o.put("lang", l.tag());
    ArrayNode names = o.putArray("files");
    p.names().forEach(names::add);
    ArrayNode pe = o.putArray("parseErrors");
    p.errors().forEach(e -> pe.addPOJO(parseError(e)));
    ArrayNode fa = o.putArray("findings");
    for (Finding f : findings) {
      ObjectNode fo = fa.addObject();
      fo.put("code", f.code());
      fo.put("severity", f.severity().name());
      f.location().ifPresent(loc -> {
        fo.put("file", loc.file());
        fo.put("line", loc.line());
        fo.put("column", loc.column());
      });
      f.planId().ifPresent(x -> fo.put("planId", x));
      f.elementId().ifPresent(x -> fo.put("elementId", x));
      fo.put("path", f.path());
      fo.put("message", f.message(l));
    }
    ObjectNode counts = o.putObject("counts");
    counts.put("errors", errors);
    counts.put("warnings", findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
    counts.put("info", findings.stream().filter(f -> f.severity() == Severity.INFO).count());
    return Reply.json(Json.bytes(Json.MAPPER.valueToTree(o)));
  }

  Reply coverage(Req req) throws IOException {
    Parsed p = parse(req);
    if (!p.errors().isEmpty()) {
      PlanParseException first = p.errors().get(0);
      throw new ApiException(422, first.code(), first::detail,
          p.errors().stream().map(PlanApi::parseError).toList());
    }
    if (p.docs().isEmpty()) {
      throw Problems.of(ServerErrorCode.BAD_FIELD, "files", ServerErrorCode.BAD_FIELD.fragment("no-files"));
    }
    CoverageAnalyzer.Builder b = CoverageAnalyzer.builder();
    if (!p.priority().isEmpty()) {
      List<GoalCode> goals = new ArrayList<>();
      for (String g : p.priority()) {
        try {
          goals.add(GoalCode.parseLenient(g));
        } catch (InvalidCodeException e) {
          throw Problems.of(ServerErrorCode.BAD_FIELD, "priority", e.getMessage(req.language().locale()));
        }
      }
      b.priority(goals);
    }
    CoverageReport report = b.build().analyse(PlanChain.ofDocuments(p.docs().stream()
        .map(LoadedPlanDocument::document).toList()));
    ObjectNode o = Json.object();
    o.put("lang", req.language().tag());
    o.put("text", report.toText(req.language()));
    o.set("coverage", Json.MAPPER.readTree(PlanWriter.create().writeJson(report)));
    return Reply.json(Json.bytes(o));
  }

  static Map<String, Object> parseError(PlanParseException e) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("code", e.code());
    m.put("file", e.location().file());
    m.put("line", e.location().line());
    m.put("column", e.location().column());
    m.put("path", e.path());
    m.put("message", e.detail());
    return m;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
