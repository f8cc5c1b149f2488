package io.github.livskraft.jsonstat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStatReaderTest {
  private static final JsonStatReader STRICT = JsonStatReader.create();
  private static final JsonStatReader LENIENT = JsonStatReader.builder().lenient().build();

  /** A 2×3 dataset with the given replacements applied to its JSON text (single quotes become double). */
  private static String doc(String id, String size, String value, String extra) {
    return ("{'version':'2.0','class':'dataset','id':" + id + ",'size':" + size + ","
        + "'dimension':{'a':{'category':{'index':['x','y']}},'b':{'category':{'index':{'p':0,'q':1,'r':2}}}},"
        + "'value':" + value + extra + "}").replace('\'', '"');
  }

  private static String ok() {
    return doc("['a','b']", "[2,3]", "[1,2,3,4,null,6]", "");
  }

  private static JsonStatException fail(JsonStatReader reader, String json) {
    try {
      reader.read(json.getBytes(StandardCharsets.UTF_8));
    } catch (JsonStatException e) {
      return e;
    }
    throw new AssertionError("expected a JsonStatException for " + json);
  }

  @Test
  void readsTheBaseDocument() {
    JsonStatDataset ds = STRICT.readDataset(ok().getBytes(StandardCharsets.UTF_8));
    assertThat(ds.cellCount()).isEqualTo(6);
    assertThat(ds.nonNullCount()).isEqualTo(5);
    assertThat(ds.cell("y", "q").value()).isEmpty();
    assertThat(ds.cell("y", "r").value()).hasValue(6.0);
  }

  @Test
  void propertiesInAnyOrder() {
    // value and dimension before id/size (as in json-stat.java's test resource), version last (as SSB v1)
    String json = ("{'value':{'5':6,'0':1},'status':{'5':'e'},'dimension':{'b':{'category':{'index':['p','q','r']}},"
        + "'a':{'category':{'index':['x','y']}}},'size':[2,3],'id':['a','b'],'class':'dataset','version':'2.0'}")
        .replace('\'', '"');
    JsonStatDataset ds = STRICT.readDataset(json.getBytes(StandardCharsets.UTF_8));
    assertThat(ds.ids()).containsExactly("a", "b");
    assertThat(ds.findValue(0)).hasValue(1.0);
    assertThat(ds.findValue(5)).hasValue(6.0);
    assertThat(ds.findStatus(5)).contains("e");
    assertThat(ds.nonNullCount()).isEqualTo(2);
  }

  @Test
  void statusAsSingleStringAppliesToAllCells() {
    JsonStatDataset ds = STRICT.readDataset(doc("['a','b']", "[2,3]", "[1,2,3,4,5,6]", ",'status':'p'")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(ds.statusCounts()).containsEntry("p", 6L);
  }

  @Test
  void statusAsFullArrayWithNulls() {
    JsonStatDataset ds = STRICT.readDataset(doc("['a','b']", "[2,3]", "[1,2,3,4,null,6]",
        ",'status':[null,null,'..',null,':',null]").getBytes(StandardCharsets.UTF_8));
    assertThat(ds.findStatus(2)).contains("..");
    assertThat(ds.findStatus(4)).contains(":");
    assertThat(ds.findStatus(0)).isEmpty();
  }

  @Test
  void metadataDatasetWithEmptyValueArray() {
    JsonStatDataset ds = STRICT.readDataset(doc("['a','b']", "[2,3]", "[]", "").getBytes(StandardCharsets.UTF_8));
    assertThat(ds.cellCount()).isEqualTo(6);
    assertThat(ds.nonNullCount()).isZero();
    assertThat(ds.findValue(3)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "size vs id length | ['a','b'] | [2,3,1] | [1,2,3,4,5,6] | | SIZE_ID_MISMATCH | $.size",
      "too few values | ['a','b'] | [2,3] | [1,2,3] | | VALUE_COUNT_MISMATCH | $.value",
      "too many values | ['a','b'] | [2,3] | [1,2,3,4,5,6,7] | | VALUE_COUNT_MISMATCH | $.value",
      "negative size | ['a','b'] | [2,-3] | [] | | INVALID_SIZE | $.size[1]",
      "fractional size | ['a','b'] | [2,1.5] | [] | | INVALID_SIZE | $.size[1]",
      "overflowing size | ['a','b'] | [2,99999999999] | [] | | INVALID_SIZE | $.size[1]",
      "overflowing product | ['a','b'] | [2000000,2000000] | [] | | INVALID_SIZE | $.size",
      "duplicate id | ['a','a'] | [2,3] | [] | | DUPLICATE_ID | $.id[1]",
      "sparse index out of range | ['a','b'] | [2,3] | {'6':1} | | INDEX_OUT_OF_RANGE | $.value['6']",
      "sparse key not a number | ['a','b'] | [2,3] | {'x':1} | | INDEX_OUT_OF_RANGE | $.value.x",
      "status key out of range | ['a','b'] | [2,3] | [1,2,3,4,5,6] | ,'status':{'9':'e'} | INDEX_OUT_OF_RANGE | $.status['9']",
      "status array length | ['a','b'] | [2,3] | [1,2,3,4,5,6] | ,'status':['a','b'] | STATUS_COUNT_MISMATCH | $.status",
      "category count vs size | ['a','b'] | [3,3] | [] | | CATEGORY_COUNT_MISMATCH | $.dimension.a.category.index",
      "missing dimension | ['a','c'] | [2,3] | [] | | MISSING_PROPERTY | $.dimension",
      "number beyond double | ['a','b'] | [2,3] | [1,2e999,3,4,5,6] | | UNEXPECTED_TYPE | $.value[1]",
      "boolean value | ['a','b'] | [2,3] | [1,true,3,4,5,6] | | UNEXPECTED_TYPE | $.value[1]",
      "role names unknown dimension | ['a','b'] | [2,3] | [1,2,3,4,5,6] | ,'role':{'time':['z']} | UNKNOWN_DIMENSION | $.role.time",
      "duplicate property | ['a','b'] | [2,3] | [1,2,3,4,5,6] | ,'version':'3.0' | DUPLICATE_ID | $.version",
      "id is a number | 7 | [2,3] | [] | | UNEXPECTED_TYPE | $.id",
  })
  void strictErrorsNameTheJsonPath(String name, String id, String size, String value, String extra,
      JsonStatErrorCode code, String path) {
    JsonStatException e = fail(STRICT, doc(id, size, value, extra == null ? "" : extra));
    assertThat(e.errorCode()).as(name).isEqualTo(code);
    assertThat(e.findJsonPath()).as(name).contains(path);
    assertThat(e.getMessage()).startsWith(code.code()).contains(path);
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).startsWith(code.code() + " ved " + path);
  }

  @Test
  void pathsInsideEmbeddedAndUpgradedDatasets() {
    String col = new String(Fixtures.bytes("samples/oecd-canada-col.json"), StandardCharsets.UTF_8);
    String broken = col.replace("\"size\" : [1, 1, 20, 2, 3]", "\"size\" : [1, 1, 20, 2, 4]");
    assertThat(broken).isNotEqualTo(col);
    JsonStatException e = fail(STRICT, broken);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.CATEGORY_COUNT_MISMATCH);
    assertThat(e.findJsonPath()).contains("$.link.item[1].dimension.sex.category.index");
    String v1 = new String(Fixtures.bytes("samples/oecd-canada.v1-bundle.json"), StandardCharsets.UTF_8);
    String badV1 = v1.replaceFirst("\"2003\" : 0,", "\"2003\" : 99,");
    assertThat(badV1).isNotEqualTo(v1);
    JsonStatException e1 = fail(JsonStatReader.builder().upgradeV1(true).build(), badV1);
    assertThat(e1.errorCode()).isEqualTo(JsonStatErrorCode.INDEX_OUT_OF_RANGE);
    assertThat(e1.findJsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("$.oecd.dimension.year.category.index"));
  }

  @Test
  void unsupportedVersion() {
    JsonStatException e = fail(STRICT, ok().replace("\"2.0\"", "\"3.0\""));
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.UNSUPPORTED_VERSION);
    assertThat(e.findJsonPath()).contains("$.version");
  }

  /** Found by fuzzing: "2e0" started with "2" and was read as 2.x, then written back as "2.0". */
  @Test
  void versionThatOnlyStartsWithTwoIsNotRead() {
    for (String version : new String[] {"2e0", "2.0-beta", "20", "2."}) {
      JsonStatException e = fail(STRICT, ok().replace("\"2.0\"", "\"" + version + "\""));
      assertThat(e.errorCode()).as(version).isEqualTo(JsonStatErrorCode.UNSUPPORTED_VERSION);
    }
    assertThat(JsonStatReader.create().read(ok().replace("\"2.0\"", "\"2.1\"").getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).version()).isEqualTo("2.1");
  }

  @Test
  void duplicateCategoryCodes() {
    String json = ok().replace("[\"x\",\"y\"]", "[\"x\",\"x\"]");
    JsonStatException e = fail(STRICT, json);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.DUPLICATE_ID);
    assertThat(e.findJsonPath()).contains("$.dimension.a.category.index[1]");
  }

  @Test
  void categoryPositionOutOfRange() {
    String json = ok().replace("\"r\":2", "\"r\":7");
    JsonStatException e = fail(STRICT, json);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.INDEX_OUT_OF_RANGE);
    assertThat(e.findJsonPath()).contains("$.dimension.b.category.index.r");
  }

  @Test
  void truncatedJsonIsMalformedWithLocation() {
    String json = ok();
    JsonStatException e = fail(STRICT, json.substring(0, json.length() - 12));
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.MALFORMED_JSON);
    assertThat(e.findLocation()).hasValueSatisfying(l -> assertThat(l).startsWith("line 1, column"));
    assertThat(e.findJsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("$.value"));
  }

  @Test
  void deepNestingAndGiantNumbersHitJacksonsConstraints() {
    String deep = ok().replace("\"class\":\"dataset\"", "\"class\":\"dataset\",\"x\":" + "[".repeat(5000)
        + "]".repeat(5000));
    JsonStatException e = fail(STRICT, deep);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
    String giant = doc("['a','b']", "[2,3]", "[1,2,3,4,5," + "9".repeat(5000) + "]", "");
    assertThat(fail(STRICT, giant).errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
  }

  @Test
  void emptyInputAndNonObjects() {
    assertThat(fail(STRICT, "").errorCode()).isEqualTo(JsonStatErrorCode.MALFORMED_JSON);
    assertThat(fail(STRICT, "[1,2]").errorCode()).isEqualTo(JsonStatErrorCode.UNEXPECTED_TYPE);
    assertThat(fail(STRICT, "{}").errorCode()).isEqualTo(JsonStatErrorCode.NOT_JSON_STAT);
    assertThat(fail(STRICT, ok() + " {}").errorCode()).isEqualTo(JsonStatErrorCode.MALFORMED_JSON);
  }

  @Test
  void duplicatePropertyIsReported() {
    String json = ok().replace("\"class\":\"dataset\"", "\"class\":\"dataset\",\"class\":\"dataset\"");
    JsonStatException e = fail(STRICT, json);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.DUPLICATE_ID);
    assertThat(e.getMessage()).contains("class");
  }

  /** Issue 17: duplicate keys inside dimensions were accepted, last one winning. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "{'category':{'index':['x','y'],'label':{'x':'A','x':'B'}}}",
      "{'label':'A','label':'B','category':{'index':['x','y']}}",
      "{'category':{'index':['x','y'],'unit':{'x':{'decimals':1,'decimals':2}}}}",
      "{'category':{'index':['x','y']},'category':{'index':['y','x']}}"})
  void duplicateKeysInsideADimensionAreRefused(String dimension) {
    String json = ok().replace("\"a\":{\"category\":{\"index\":[\"x\",\"y\"]}}",
        "\"a\":" + dimension.replace('\'', '"'));
    assertThat(json).isNotEqualTo(ok());
    for (JsonStatReader r : new JsonStatReader[] {STRICT, JsonStatReader.builder().strict(false).build()}) {
      JsonStatException e = fail(r, json);
      assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.DUPLICATE_ID);
      assertThat(e.getMessage()).contains("$.dimension.a");
    }
  }

  @Test
  void maxCellsFailsBeforeAllocating() {
    JsonStatReader small = JsonStatReader.builder().maxCells(5).build();
    JsonStatException e = fail(small, ok());
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
    assertThat(e.findJsonPath()).contains("$.size");
    // a hostile size far beyond the default limit fails the same way
    JsonStatException huge = fail(STRICT, doc("['a','b']", "[10000,10000]", "[]", ""));
    assertThat(huge.errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
  }

  @Test
  void maxCellsAlsoBoundsValuesSeenBeforeSize() {
    JsonStatReader small = JsonStatReader.builder().maxCells(3).build();
    String json = "{\"value\":[1,2,3,4,5,6],\"id\":[\"a\"],\"size\":[6],\"dimension\":{}}";
    assertThat(fail(small, json).errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
  }

  @Test
  void maxBytes() {
    JsonStatReader small = JsonStatReader.builder().maxBytes(50).build();
    JsonStatException e = fail(small, ok());
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("50 bytes");
  }

  @Test
  void builderRejectsNonsenseLimits() {
    assertThatThrownBy(() -> JsonStatReader.builder().maxCells(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonStatReader.builder().maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lenientPadsMissingTrailingValuesAndDropsUnknownRoles() {
    JsonStatDataset ds = LENIENT.readDataset(doc("['a','b']", "[2,3]", "[1,2,3]", ",'role':{'time':['b','zz']}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(ds.nonNullCount()).isEqualTo(3);
    assertThat(ds.isNull(5)).isTrue();
    assertThat(ds.roles().get("time")).containsExactly("b");
    // but more values than cells stay an error
    assertThat(fail(LENIENT, doc("['a','b']", "[2,3]", "[1,2,3,4,5,6,7]", "")).errorCode())
        .isEqualTo(JsonStatErrorCode.VALUE_COUNT_MISMATCH);
  }

  @Test
  void missingIndexWithSeveralCategories() {
    String json = ok().replace("\"index\":[\"x\",\"y\"]", "\"label\":{\"x\":\"X\",\"y\":\"Y\"}");
    assertThat(fail(STRICT, json).errorCode()).isEqualTo(JsonStatErrorCode.MISSING_PROPERTY);
    JsonStatDataset ds = LENIENT.readDataset(json.getBytes(StandardCharsets.UTF_8));
    assertThat(ds.dimension("a").codes()).containsExactly("x", "y");
    assertThat(ds.dimension("a").labels()).containsExactly("X", "Y");
  }

  @Test
  void unknownPropertiesAreIgnored() {
    String json = ok().replace("\"class\":\"dataset\"",
        "\"class\":\"dataset\",\"foo\":{\"bar\":[1,{\"x\":null}]},\"baz\":[true]");
    assertThat(STRICT.readDataset(json.getBytes(StandardCharsets.UTF_8)).cellCount()).isEqualTo(6);
  }

  @Test
  void jsonStat1SingleDatasetWithIdInsideDimension() {
    String json = ("{'label':'x','value':[1,2],'dimension':{'id':['a'],'size':[2],'role':{'time':['a']},"
        + "'a':{'category':{'index':['x','y']}}}}").replace('\'', '"');
    JsonStatException e = fail(STRICT, json);
    assertThat(e.errorCode()).isEqualTo(JsonStatErrorCode.JSON_STAT_1);
    assertThat(e.findJsonPath()).contains("$.dimension");
    JsonStatDataset ds = JsonStatReader.builder().upgradeV1(true).build()
        .readDataset(json.getBytes(StandardCharsets.UTF_8));
    assertThat(ds.findValue(1)).hasValue(2.0);
    assertThat(ds.roles()).containsKey("time");
  }

  @Test
  void readsFromStreamsAndFilesAndReportsMissingFiles() {
    InputStream in = new ByteArrayInputStream(ok().getBytes(StandardCharsets.UTF_8));
    assertThat(STRICT.readDataset(in).cellCount()).isEqualTo(6);
    assertThatThrownBy(() -> STRICT.read(Path.of("does-not-exist.json")))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void numbersParseExactly() {
    String json = doc("['a','b']", "[2,3]", "[0.1,-2.5e3,1e-7,123456789012345678,1.7976931348623157E308,-0.0]", "");
    JsonStatDataset ds = STRICT.readDataset(json.getBytes(StandardCharsets.UTF_8));
    assertThat(ds.toDoubleArray()).containsExactly(0.1, -2500.0, 1e-7, 123456789012345678.0,
        Double.MAX_VALUE, -0.0);
  }
}
