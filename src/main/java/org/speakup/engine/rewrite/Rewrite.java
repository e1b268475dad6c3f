package org.speakup.engine.rewrite;

import org.jspecify.annotations.Nullable;

/** A suggested assertive version of a reply, and for a reply that already works, what works in it. */
public record Rewrite(String text, @Nullable String praise) {}
