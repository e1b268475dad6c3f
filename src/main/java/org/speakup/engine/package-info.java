/**
 * The language engine: analyses what a client would say (style, markers, 'I' statements, DEAR MAN, rewrite) and detects risk language. Plain Java with no framework, so it can be tested, benchmarked and reused on its own.
 */
@NullMarked
package org.speakup.engine;

import org.jspecify.annotations.NullMarked;
