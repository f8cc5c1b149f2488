package io.github.livskraft.cli;

import io.github.livskraft.sdg.Language;
import io.github.livskraft.sdg.MessageBundle;
import io.github.livskraft.sdg.MessageFragment;

/** The command line's message bundle ({@code /livskraft-messages/cli_en|nb|nn.properties}), loaded on first use. */
final class CliMessages {
  /** The bundle: the one {@link CliErrorCode} names with {@code @ErrorCode.Bundle("cli")}, loaded once. */
  static final MessageBundle BUNDLE = CliErrorCode.FAILED.messages();

  private CliMessages() {}

  /**
   * A message (not an error code) in a language.
   *
   * @param key the key
   * @param language the language
   * @param args the pattern's arguments
   * @return the text
   */
  static String text(String key, Language language, Object... args) {
    return BUNDLE.format(key, language, args);
  }

  /**
   * A text of the command line's bundle as a part of a message ({@code expected.api} …), written in the reader's
   * language when the message is.
   *
   * @param key the key
   * @param args the pattern's arguments
   * @return the fragment
   */
  static MessageFragment fragment(String key, Object... args) {
    return MessageFragment.of(BUNDLE, key, args);
  }
}
