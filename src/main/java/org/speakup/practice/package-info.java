/**
 * Practising what to say: the "Try a reply" page and the analysis API today; role-play scenarios,
 * sessions, turns and feedback next. Every reply is analysed by the engine.
 */
@NullMarked
package org.speakup.practice;

import org.jspecify.annotations.NullMarked;
