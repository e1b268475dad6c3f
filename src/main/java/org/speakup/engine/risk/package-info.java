/**
 * Risk detection: finds language about suicide, self-harm, harm from others and harm to others in free
 * text, with the phrase that triggered it. Rule-based and explainable on purpose: every flag names the
 * phrase family and the rules that let it through, so a clinician can see why. Plain Java, no framework.
 */
@NullMarked
package org.speakup.engine.risk;

import org.jspecify.annotations.NullMarked;
