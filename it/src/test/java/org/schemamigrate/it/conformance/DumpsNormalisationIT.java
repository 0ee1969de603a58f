package org.schemamigrate.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.testing.StoredProgramText;

/** The dump normalisation keeps what a schema holds and drops only the dump's own noise. */
class DumpsNormalisationIT {
    private static String triggerDump(String header) {
        return "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
                + "DELIMITER ;;\n"
                + "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 " + header + "\n"
                + "  SET NEW.total = NEW.price * NEW.quantity;\n"
                + "END */;;\n"
                + "DELIMITER ;\n";
    }

    @Test
    void aTriggerHeaderWrittenOnSeveralLinesIsTheSameTrigger() {
        assertThat(Dumps.normalise(triggerDump("TRIGGER calc BEFORE INSERT ON item FOR EACH ROW BEGIN")))
                .isEqualTo(Dumps.normalise(triggerDump("TRIGGER calc\nBEFORE INSERT ON item\nFOR EACH ROW\nBEGIN")));
    }

    @Test
    void aTriggerHeaderInAnotherCaseOrQuotedIsTheSameTrigger() {
        assertThat(Dumps.normalise(triggerDump("TRIGGER `calc` before insert ON `item` FOR EACH ROW BEGIN")))
                .isEqualTo(Dumps.normalise(triggerDump("TRIGGER calc BEFORE INSERT ON item FOR EACH ROW BEGIN")))
                .as("the keyword TRIGGER itself in lower case, and a one-statement body")
                .isEqualTo(Dumps.normalise(triggerDump("trigger calc before insert on item for each row BEGIN")));
        assertThat(Dumps.normalise(triggerDump("trigger calc before insert on item for each row  set new.a = 1")))
                .isEqualTo(Dumps.normalise(triggerDump("TRIGGER `calc` BEFORE INSERT ON `item` FOR EACH ROW set new.a = 1")));
    }

    @Test
    void aTriggerHeaderIsComparedNotDroppedWithTheSetLines() {
        assertThat(Dumps.normalise(triggerDump("TRIGGER calc BEFORE INSERT ON item FOR EACH ROW BEGIN")))
                .isNotEqualTo(Dumps.normalise(triggerDump("TRIGGER calc BEFORE UPDATE ON item FOR EACH ROW BEGIN")))
                .noneMatch(statement -> statement.contains("DEFINER") || statement.contains("@saved_cs_client"));
    }

    @Test
    void anEventsScheduleCounts() {
        String event = "DELIMITER ;;\n/*!50106 CREATE*/ /*!50117 DEFINER=`root`@`localhost`*/ /*!50106 EVENT `purge`"
                + " ON SCHEDULE EVERY %s DAY STARTS '2026-01-01 00:00:00' ON COMPLETION NOT PRESERVE ENABLE DO"
                + " DELETE FROM log */ ;;\nDELIMITER ;\n";
        assertThat(Dumps.normalise(event.formatted("1"))).isNotEqualTo(Dumps.normalise(event.formatted("2")));
    }

    @Test
    void anEventsStartIsTheServersOnlyWhereNobodyWroteIt() {
        String event = "DELIMITER ;;\n/*!50106 CREATE*/ /*!50117 DEFINER=`root`@`localhost`*/ /*!50106 EVENT `purge`"
                + " ON SCHEDULE EVERY 1 DAY STARTS '%s' ON COMPLETION NOT PRESERVE ENABLE DO DELETE FROM log */ ;;\n"
                + "DELIMITER ;\n";
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime now = LocalDateTime.now();
        assertThat(Dumps.normalise(event.formatted(now.format(format))))
                .as("created a second apart, without STARTS")
                .isEqualTo(Dumps.normalise(event.formatted(now.plusSeconds(1).format(format))));
        assertThat(Dumps.normalise(event.formatted("2020-01-01 00:00:00")))
                .as("a STARTS someone wrote counts")
                .isNotEqualTo(Dumps.normalise(event.formatted("2020-01-01 00:00:01")));
        LocalDateTime beforeThisRun = now.minusHours(2);
        assertThat(Dumps.normalise(event.formatted(beforeThisRun.format(format))))
                .as("a STARTS someone wrote shortly before the run counts too")
                .isNotEqualTo(Dumps.normalise(event.formatted(beforeThisRun.plusSeconds(1).format(format))));
    }
}
