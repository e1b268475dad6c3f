package org.speakup;

import java.util.Arrays;
import org.speakup.engine.cli.AnalyzeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SpeakUpApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyze")) {
            // The batch CLI runs the engine alone: no web server, no database.
            System.exit(
                    AnalyzeCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
        }
        SpringApplication.run(SpeakUpApplication.class, args);
    }
}
