/**
 * The safety net under every free text a client writes: risk language is detected after the text
 * is saved, the writer sees calm help (their region's crisis lines and their own safety plan), and
 * a linked therapist is alerted. Also the personal safety plan and the crisis-line directory.
 */
@NullMarked
package org.speakup.safety;

import org.jspecify.annotations.NullMarked;
