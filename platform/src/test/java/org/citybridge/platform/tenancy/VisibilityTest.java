package org.citybridge.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Who sees a shareable thing of one city. */
class VisibilityTest {

    private static final Caller ALMELO = new Caller("anna", "almelo", Set.of(Role.OFFICER));
    private static final Caller ANTWERPEN = new Caller("bart", "antwerpen", Set.of(Role.OFFICER));

    @Test
    void privateIsSeenByTheOwningCityOnly() {
        assertThat(Visibility.PRIVATE.visibleTo("almelo", ALMELO)).isTrue();
        assertThat(Visibility.PRIVATE.visibleTo("almelo", ANTWERPEN)).isFalse();
        assertThat(Visibility.PRIVATE.visibleTo("almelo", Caller.anonymous())).isFalse();
    }

    @Test
    void networkIsSeenByEveryMemberButNotByVisitors() {
        assertThat(Visibility.NETWORK.visibleTo("almelo", ANTWERPEN)).isTrue();
        assertThat(Visibility.NETWORK.visibleTo("almelo", Caller.anonymous())).isFalse();
    }

    @Test
    void publicIsSeenByEveryone() {
        assertThat(Visibility.PUBLIC.visibleTo("almelo", Caller.anonymous())).isTrue();
    }

    @Test
    void aPartIsNeverSharedWiderThanItsWhole() {
        assertThat(Visibility.PUBLIC.isWiderThan(Visibility.NETWORK)).isTrue();
        assertThat(Visibility.NETWORK.isWiderThan(Visibility.NETWORK)).isFalse();
        assertThat(Visibility.PRIVATE.isWiderThan(Visibility.NETWORK)).isFalse();
        assertThat(Visibility.widestOf(Stream.of(Visibility.PRIVATE, Visibility.NETWORK))).isEqualTo(Visibility.NETWORK);
        assertThat(Visibility.widestOf(Stream.empty())).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void aThingOfOneCityIsVisibleAndOwnedAsItsVisibilitySays() {
        TenantOwned networkWide = owned("almelo", Visibility.NETWORK);
        TenantOwned ownOnly = owned("almelo", Visibility.PRIVATE);

        assertThat(networkWide.isVisibleTo(ANTWERPEN)).isTrue();
        assertThat(ownOnly.isVisibleTo(ALMELO)).isTrue();
        assertThat(ownOnly.isVisibleTo(ANTWERPEN)).isFalse();
        assertThat(networkWide.isOwnedBy(ALMELO)).isTrue();
        assertThat(networkWide.isOwnedBy(ANTWERPEN)).isFalse();
    }

    private static TenantOwned owned(String municipality, Visibility visibility) {
        return new TenantOwned() {
            @Override
            public String municipality() {
                return municipality;
            }

            @Override
            public Visibility visibility() {
                return visibility;
            }
        };
    }
}
