package org.speakup.practice.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.speakup.engine.Analysis;
import org.speakup.engine.Span;

/** The analysis of one reply, in the same shape as a line of the batch CLI's output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnalysisResponse(
        @Nullable String id,
        String style,
        double confidence,
        Map<String, Double> probabilities,
        boolean iStatement,
        List<String> dearMan,
        String risk,
        List<Span> spans,
        String rewrite,
        @Nullable String praise) {

    static AnalysisResponse of(@Nullable String id, Analysis analysis) {
        return new AnalysisResponse(
                id,
                analysis.style(),
                analysis.confidence(),
                analysis.probabilities(),
                analysis.iStatement(),
                analysis.dearMan(),
                analysis.risk(),
                analysis.spans(),
                analysis.rewrite(),
                analysis.praise());
    }
}
