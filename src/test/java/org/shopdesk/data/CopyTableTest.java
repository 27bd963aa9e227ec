package org.shopdesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.TestDatabase;

/** COPY's buffer is cut into slices of 1 Mi characters, never inside a character: an emoji across the cut arrives whole. */
class CopyTableTest {
    static final String EMOJI = "\uD83D\uDE00";
    static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create();
        db.sql("CREATE TABLE copy_cut (n int, note text)");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aRowWhoseEmojiStraddlesTheCutIsStoredExactly() throws Exception {
        // One long row: its emoji's first half is the last character of the first slice.
        String longRow = "x".repeat(CopyTable.SLICE - 1 - "1\t".length()) + EMOJI + " after the cut";
        // Two rows sent together (in rounds): the second row's emoji begins at the cut.
        String first = "y".repeat(CopyTable.SLICE - 1 - "2\t".length() - "\n".length() - "3\t".length());
        String second = EMOJI + " second row";
        try (Connection c = db.connect()) {
            CopyTable streaming = new CopyTable(c, "copy_cut", "n, note");
            streaming.add(1).add(longRow).endRow();
            streaming.flush();
            CopyTable rounds = CopyTable.inRounds(c, "copy_cut", "n, note", (t, r, e) -> { });
            rounds.add(2).add(first).endRow();
            rounds.add(3).add(second).endRow();
            rounds.flush();
        }
        assertThat(notes()).containsExactly(longRow, first, second);
    }

    private static List<String> notes() throws Exception {
        List<String> notes = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT note FROM copy_cut ORDER BY n")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }
}
