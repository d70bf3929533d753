package io.budgetkit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.amount.PrintedUnit;
import org.junit.jupiter.api.Test;

class CommonProfileNamesTest {

  @Test
  void theCommonProfilesAreFoundByTheirNames() {
    assertThat(DisclosureProfile.commonNamed("common")).contains(DisclosureProfile.common());
    assertThat(DisclosureProfile.commonNamed("common-yuan-2"))
        .contains(DisclosureProfile.common(Precision.FEN));
    assertThat(DisclosureProfile.commonNamed("common-wan-yuan-4")).hasValueSatisfying(p ->
        assertThat(p.tables().get(0).precision()).isEqualTo(Precision.of(PrintedUnit.WAN_YUAN, 4)));
  }

  @Test
  void otherNamesAreNotCommonProfiles() {
    // common-wan-yuan-2 is the common profile itself, named "common"; 元 at 3 decimals is finer
    // than the fen; the rest are not of the form.
    assertThat(DisclosureProfile.commonNamed("common-wan-yuan-2")).isEmpty();
    assertThat(DisclosureProfile.commonNamed("common-yuan-3")).isEmpty();
    assertThat(DisclosureProfile.commonNamed("shandong-12")).isEmpty();
    assertThat(DisclosureProfile.commonNamed("common-yuan-")).isEmpty();
  }
}
