package io.github.livskraft.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.livskraft.sdg.CodedException;
import io.github.livskraft.sdg.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one message design behind both exceptions of the module. */
class MunicipalityMessageTest {
  @Test
  void bothExceptionsCarryTheSameCodeAndTextsAndDifferOnlyInTheirSupertype() {
    MunicipalityException data = new MunicipalityException(MunicipalityErrorCode.BUNDLED_FIELDS, null, "x.csv", 1250,
        3, 2);
    MunicipalityArgumentException argument = new MunicipalityArgumentException(MunicipalityErrorCode.BUNDLED_FIELDS,
        "x.csv", 1250, 3, 2);
    for (CodedException e : List.<CodedException>of(data, argument)) {
      assertThat(e.errorCode()).isEqualTo(MunicipalityErrorCode.BUNDLED_FIELDS);
      for (Language l : Language.values()) {
        assertThat(e.getMessage(l)).isEqualTo(new MunicipalityMessage(MunicipalityErrorCode.BUNDLED_FIELDS,
            "x.csv", 1250, 3, 2).text(l)).startsWith("MUN-0022: x.csv").contains("1250");
      }
    }
    assertThat(data.getMessage()).isEqualTo(argument.getMessage()).isEqualTo(data.getMessage(Language.EN));
    assertThat(argument).isInstanceOf(IllegalArgumentException.class);
    assertThat(data).isNotInstanceOf(IllegalArgumentException.class);
    assertThat(data.getMessage(Language.NN)).isNotEqualTo(data.getMessage(Language.EN));
  }

  @Test
  void anOutcomeArgumentIsWrittenAsItsLabelInTheMessagesLanguage() {
    CodeResolution.Outcome o = CodeResolution.Outcome.values()[0];
    MunicipalityMessage m = new MunicipalityMessage(MunicipalityErrorCode.NOT_AUTOMATIC, "3005", "2024-01-01", o,
        "3301", "3005 → 3301");
    for (Language l : Language.values()) {
      assertThat(m.text(l)).contains(o.label(l));
    }
  }
}
