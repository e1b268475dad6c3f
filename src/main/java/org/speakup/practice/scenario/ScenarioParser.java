package org.speakup.practice.scenario;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a scenario from YAML (the bundled files) or JSON (therapists' imports and exports) into
 * the records. Reading only checks shape: every field present, of the right type, enum values
 * known. Whether the scenario makes sense is {@link ScenarioValidator}'s job.
 *
 * <p>Any problem throws {@link ScenarioInvalid}, listing every problem found, not just the first,
 * so an author can fix a file in one go.
 */
public final class ScenarioParser {

    /** Far larger than any real scenario (the biggest bundled one is under 8 KB); stops abuse of uploads. */
    static final int MAX_CHARS = 200_000;

    // A repeated key would otherwise silently replace the first one, hiding a whole step.
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ScenarioParser() {}

    /** Reads YAML or JSON, telling them apart by content: a JSON scenario starts with an opening brace. */
    public static Scenario parse(String content, String source) {
        String text = withoutByteOrderMark(content);
        return isJson(text) ? parseJson(text, source) : read(YAML, "YAML", text, source);
    }

    public static Scenario parseJson(String json, String source) {
        return read(JSON, "JSON", withoutByteOrderMark(json), source);
    }

    /** Files saved by some Windows editors start with one, and it is not part of the content. */
    private static String withoutByteOrderMark(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    static boolean isJson(String content) {
        return content.strip().startsWith("{");
    }

    private static Scenario read(ObjectMapper mapper, String format, String content, String source) {
        if (content.length() > MAX_CHARS) {
            throw invalid(source, "is too large (" + content.length() + " characters; at most " + MAX_CHARS + ")");
        }
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            throw invalid(source, "is not valid " + format + ": " + where(e) + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw invalid(source, "is empty");
        }
        if (!root.isObject()) {
            throw invalid(source, "must be a mapping of fields (id, title, steps ...), not a single value or a list");
        }
        return new ScenarioReader(source).scenario(root);
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1
                ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static ScenarioInvalid invalid(String source, String message) {
        return new ScenarioInvalid(List.of(new ScenarioProblem(source, ScenarioProblem.WHOLE_FILE, message)));
    }
}
