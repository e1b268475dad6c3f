package org.speakup.practice.internal;

import org.speakup.practice.scenario.ReplyStyle;

/** One exchange: what the counterpart said, the client's reply, and how it came across. */
public record Turn(
        int number, String counterpartLine, String reply, ReplyStyle style, double confidence, int attempts) {}
