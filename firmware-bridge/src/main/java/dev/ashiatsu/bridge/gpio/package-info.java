/**
 * HX711 load-cell ADCs and the alarm buzzer and light on a Raspberry Pi's GPIO, through Pi4J.
 *
 * <pre>
 * gpio.yaml --GpioConfigReader--> GpioConfig (pins, chip -> cell, gain, rate, table config)
 *
 *   HX711 x1..8 --DOUT--> Hx711Pins <--PD_SCK (shared)-- Hx711Array.read()   pure bit-banging, one train
 *                         (Pi4jHx711Pins)                   | Hx711Reading      for every chip at once
 *                                                           v
 *                         GpioFrameSource reading thread: Frame.ofRaw(tMs, counts in channel order) --> FrameSink
 *   buttons --edges--> Pi4jButtons --> ButtonInputs (a Debouncer each) --presses, polled before each frame--^
 *                                                                         (FrameSink.input)
 *
 * active alarms, acknowledged, monitoring failed --> AlarmSignal.update() --AlarmPattern--> SignalLevels
 *                                 timer --> AlarmSignal.tick() ---------> SignalOutputs (Pi4jSignalOutputs)
 * </pre>
 *
 * <p>The HX711 logic ({@link dev.ashiatsu.bridge.gpio.Hx711Array}, {@link dev.ashiatsu.bridge.gpio.Hx711Codes},
 * {@link dev.ashiatsu.bridge.gpio.Hx711Gain}) sees only the small {@link dev.ashiatsu.bridge.gpio.Hx711Pins}
 * port, and the alarm patterns ({@link dev.ashiatsu.bridge.gpio.AlarmPattern}) are pure functions of time;
 * button debouncing ({@link dev.ashiatsu.bridge.gpio.Debouncer}) is pure too; the {@code Pi4j...} classes
 * are the only adapters. On a Pi, the source and the alarm outputs share the
 * process's one Pi4J context. Tests run the real code on Pi4J's mock platform with
 * simulated chips answering the clock edges. Wiring and setup: docs/hardware.md.
 */
package dev.ashiatsu.bridge.gpio;
