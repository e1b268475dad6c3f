package org.speakup.engine.training;

import java.util.List;
import org.speakup.engine.DearManPart;
import org.speakup.engine.Style;

/** One line of the training corpus (format in engine-data/SPEC.md). */
record LabelledReply(
        String id,
        String situationKey,
        String situation,
        String text,
        Style style,
        boolean iStatement,
        List<DearManPart> dearMan,
        String hard) {}
