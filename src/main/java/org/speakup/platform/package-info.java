/**
 * Cross-cutting primitives every module uses: field encryption for client free text, the append-only audit log, security configuration, the web layout and error pages.
 */
@NullMarked
package org.speakup.platform;

import org.jspecify.annotations.NullMarked;
