package org.speakup.practice.scenario;

public record Counterpart(String name, String relationship, Temperament temperament) {}
