package io.github.livskraft.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodedExceptionTest {

  private static CodedException invalidGoal() {
    Throwable t = catchThrowable(() -> GoalCode.parse("18"));
    assertThat(t).isInstanceOf(CodedException.class);
    return (CodedException) t;
  }

  @Test
  void a_coded_exception_gives_its_code_and_the_message_in_each_language() {
    CodedException e = invalidGoal();
    assertThat(e.errorCode()).isEqualTo(SdgErrorCode.INVALID_GOAL_CODE);
    assertThat(e.getMessage(Language.EN)).startsWith("SDG-0001").contains("'18'", "expected a whole number");
    assertThat(e.getMessage(Language.NB)).startsWith("SDG-0001").contains("'18'", "forventet et heltall");
    assertThat(e.getMessage(Language.NN)).startsWith("SDG-0001").contains("'18'", "venta eit heiltal");
  }

  @Test
  void the_locale_form_follows_the_language_of_the_locale() {
    CodedException e = invalidGoal();
    assertThat(e.getMessage(Locale.forLanguageTag("nn-NO"))).isEqualTo(e.getMessage(Language.NN));
    assertThat(e.getMessage(Locale.forLanguageTag("nb"))).isEqualTo(e.getMessage(Language.NB));
    assertThat(e.getMessage(Locale.GERMAN)).isEqualTo(e.getMessage(Language.EN));
    assertThat(((Throwable) e).getMessage()).isEqualTo(e.getMessage(Language.EN));
  }
}
