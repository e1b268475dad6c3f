package org.speakup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SpeakUpApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpeakUpApplication.class, args);
    }
}
