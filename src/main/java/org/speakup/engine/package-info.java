/**
 * The language engine: analyses what a client would say (style, markers, 'I' statements, DEAR
 * MAN, rewrite) and detects risk language. Plain Java with no framework, so it can be tested,
 * benchmarked and reused on its own.
 *
 * <p>It is an open module: a library whose every package is API for the modules that use it. The
 * annotation below is build-time metadata for the module check, not framework code; the ArchUnit
 * rule that keeps Spring out of the engine skips this one file for that reason.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.speakup.engine;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
