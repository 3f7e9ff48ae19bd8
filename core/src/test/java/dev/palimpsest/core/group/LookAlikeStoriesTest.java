package dev.palimpsest.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Different stories on one topic share names, places and stock phrases, and sometimes a credit line or
 * a quote; they must stay apart. The second story is written for this test: same war, same towns,
 * same people as the Libya seeds, different events.
 */
class LookAlikeStoriesTest {

    private static final String CREDIT =
            "C. J. Chivers reported from Brega and Ajdabiya, Libya, and David D. Kirkpatrick from Tripoli.";
    private static final String SHARED_QUOTE = "He acknowledged that the rebels had no answer to the artillery "
            + "pushing them back unless foreign governments provided parity in arms.";

    private static final List<String> OTHER_STORY = List.of(
            "AJDABIYA, Libya — Rebel commanders in eastern Libya said on Friday that they had begun training "
                    + "volunteers in the use of heavier weapons, hoping to stop the advance of Col. Muammar "
                    + "el-Qaddafi's forces along the coastal road toward Brega.",
            "The training camp, a former school on the edge of Ajdabiya, held about two hundred young men "
                    + "who had fled the fighting at Ras Lanuf and Bin Jawwad earlier in the week.",
            "Instructors who said they had defected from the Libyan army taught the recruits how to load "
                    + "and aim rockets that the rebels had seized from abandoned government depots.",
            "Many of the volunteers had never fired a weapon before the uprising began in February.",
            "The rebels have struggled to hold territory without allied airstrikes, and NATO officials "
                    + "in Brussels said the alliance would not coordinate its strikes with fighters on the ground.",
            "Moussa Koussa, the foreign minister who defected to Britain this week, was not mentioned by "
                    + "the commanders, who spoke only of the front line.",
            "In Benghazi, the rebel capital, the opposition council asked Western governments for "
                    + "radios, armored vehicles and anti-tank weapons.",
            "A spokesman for the council said the requests had been sent to France, Britain and Qatar, "
                    + "which have recognized the council as the legitimate voice of the Libyan people.",
            "Residents of Ajdabiya who stayed behind said the town had been quiet for two days, with "
                    + "shops shuttered and the streets patrolled by pickup trucks mounted with machine guns.",
            "One shopkeeper said he would leave for Benghazi if the government forces reached the "
                    + "eastern gate of the city again.");

    private final SnapshotGrouper grouper = SnapshotGrouper.standard();

    @Test
    void a_different_story_on_the_same_topic_with_the_same_credit_line_stays_apart() {
        List<Snapshot> heap = heapWithOtherStoryAdding(List.of(CREDIT));

        Grouping grouping = grouper.group(heap);

        assertThat(grouping.chains()).extracting(Chain::snapshotIds).containsExactlyInAnyOrder(
                List.of(GroupFixtures.SEED_FILES.get(0), GroupFixtures.SEED_FILES.get(1)),
                List.of("other-1", "other-2"));
    }

    @Test
    void a_different_story_quoting_one_sentence_and_sharing_the_credit_line_stays_apart() {
        List<Snapshot> heap = heapWithOtherStoryAdding(List.of(SHARED_QUOTE, CREDIT));

        Grouping grouping = grouper.group(heap);

        assertThat(grouping.chains()).hasSize(2);
        assertThat(grouping.expectChainOf("other-1").snapshotIds()).containsExactly("other-1", "other-2");
    }

    private static List<Snapshot> heapWithOtherStoryAdding(List<String> shared) {
        List<Snapshot> seeds = GroupFixtures.seeds();
        List<String> first = new ArrayList<>(OTHER_STORY.subList(0, 8));
        first.addAll(3, shared.subList(0, shared.size() - 1));
        first.add(shared.get(shared.size() - 1));
        List<String> second = new ArrayList<>(first);
        second.addAll(first.size() - 1, OTHER_STORY.subList(8, 10));
        second.set(3, second.get(3).replace("never fired", "never even held"));
        return List.of(seeds.get(0), seeds.get(1), Snapshot.of("other-1", first), Snapshot.of("other-2", second));
    }
}
