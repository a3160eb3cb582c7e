package dev.ashiatsu.core.alarm;

/** One load alarm rule of design.md section 4, evaluated once per frame after the estimator. */
public interface LoadRule {

    void evaluate(LoadReading reading, AlarmBoard board);
}
