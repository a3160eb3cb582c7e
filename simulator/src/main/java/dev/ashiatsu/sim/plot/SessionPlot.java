package dev.ashiatsu.sim.plot;

import dev.ashiatsu.core.alarm.AlarmEvent;
import dev.ashiatsu.core.alarm.Priority;
import dev.ashiatsu.core.estimate.Zone;
import dev.ashiatsu.sim.GroundTruth;
import dev.ashiatsu.sim.SimFrame;
import dev.ashiatsu.sim.Simulation;
import dev.ashiatsu.sim.scenario.Scenario;
import dev.ashiatsu.sim.scenario.Scenarios;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws one simulated session as a PNG: the applied load on the client against the limit of the zone
 * under it, over time, with the ground-truth alarms marked (HIGH red, MEDIUM orange, LOW yellow bands,
 * labelled at their start) and the body zone of the load as a coloured strip underneath.
 *
 * <p>Run it as {@code mvn -q -pl simulator exec:java -Dexec.mainClass=dev.ashiatsu.sim.plot.SessionPlot
 * -Dexec.args="demo 1 docs/simulator-demo.png"} (scenario, seed, file), or use {@code simulate --plot FILE}.
 */
public final class SessionPlot {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 560;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int PLOT_BOTTOM = 440;
    private static final int STRIP_TOP = 470;
    private static final int STRIP_HEIGHT = 22;

    private SessionPlot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SessionPlot <scenario name or file> <seed> <out.png>");
            System.exit(2);
        }
        Scenario scenario = Scenarios.load(args[0]);
        long seed = Long.parseLong(args[1]);
        render(scenario, seed, GroundTruth.alarms(scenario, seed), Path.of(args[2]));
        System.out.println("wrote " + args[2]);
    }

    /** One point of the curves, from the noise-free physics. */
    private record Point(double tS, double appliedKg, double limitKg, Zone zone) {
    }

    public static void render(Scenario scenario, long seed, List<AlarmEvent> alarms, Path png) throws IOException {
        List<Point> points = sample(scenario, seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double durationS = scenario.durationS();
        double maxKg = 10;
        for (Point p : points) {
            maxKg = Math.max(maxKg, Math.max(p.appliedKg(), Double.isFinite(p.limitKg()) ? p.limitKg() : 0));
        }
        maxKg = Math.ceil(maxKg * 1.1 / 10) * 10;
        Scale scale = new Scale(durationS, maxKg);
        drawAlarms(g, alarms, scale);
        drawAxes(g, scale, scenario);
        drawCurve(g, points, scale, true, new Color(0x99, 0x99, 0x99), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
        drawCurve(g, points, scale, false, new Color(0x1f, 0x5f, 0xbf), new BasicStroke(1.6f));
        drawZoneStrip(g, points, scale);
        drawLegend(g);
        g.dispose();
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(image, "png", png.toFile());
    }

    private static List<Point> sample(Scenario scenario, long seed) {
        Simulation simulation = new Simulation(scenario, seed);
        double practitionerKg = scenario.practitioner().weightKg() != null ? scenario.practitioner().weightKg()
                : scenario.practitionerWeightKg();
        double baseLimit = scenario.client().baseLimitKg(practitionerKg);
        double crown = scenario.client().crownXcm();
        double height = scenario.client().heightCm();
        List<Point> points = new ArrayList<>();
        int every = Math.max(1, (int) Math.round(scenario.table().sampleRateHz() * scenario.durationS() / 4000));
        for (SimFrame frame = simulation.next(); frame != null; frame = simulation.next()) {
            if (frame.index() % every != 0) {
                continue;
            }
            double applied = frame.moment().pose().feetKg();
            Zone zone = applied >= 5 ? Zone.atTablePosition(frame.moment().pose().centreXcm(), crown, height) : null;
            double limit = baseLimit * (zone == null ? 1 : scenario.client().factorOf(zone));
            points.add(new Point(frame.tMs() / 1000, applied, limit, zone));
        }
        return points;
    }

    private record Scale(double durationS, double maxKg) {
        int x(double tS) {
            return LEFT + (int) Math.round(tS / durationS * (WIDTH - LEFT - RIGHT));
        }

        int y(double kg) {
            return PLOT_BOTTOM - (int) Math.round(kg / maxKg * (PLOT_BOTTOM - TOP));
        }
    }

    private static void drawAxes(Graphics2D g, Scale s, Scenario scenario) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.setColor(Color.BLACK);
        g.drawString("Scenario '" + scenario.name() + "': applied load on the client against the limit, with alarms",
                LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(new Color(0xdd, 0xdd, 0xdd));
        double kgStep = s.maxKg() > 60 ? 20 : 10;
        for (double kg = 0; kg <= s.maxKg(); kg += kgStep) {
            g.drawLine(LEFT, s.y(kg), WIDTH - RIGHT, s.y(kg));
        }
        g.setColor(Color.BLACK);
        g.drawLine(LEFT, PLOT_BOTTOM, WIDTH - RIGHT, PLOT_BOTTOM);
        g.drawLine(LEFT, TOP, LEFT, PLOT_BOTTOM);
        for (double kg = 0; kg <= s.maxKg(); kg += kgStep) {
            g.drawString(String.format(Locale.ROOT, "%.0f", kg), LEFT - 28, s.y(kg) + 4);
        }
        g.drawString("kg", 12, TOP + 4);
        double tStep = niceStep(s.durationS() / 12);
        for (double t = 0; t <= s.durationS() + 1e-9; t += tStep) {
            int x = s.x(t);
            g.drawLine(x, PLOT_BOTTOM, x, PLOT_BOTTOM + 4);
            g.drawString(timeLabel(t), x - 14, PLOT_BOTTOM + 16);
        }
        g.drawString("zone", LEFT - 40, STRIP_TOP + 15);
    }

    private static String timeLabel(double tS) {
        if (tS < 120) {
            return String.format(Locale.ROOT, "%.0f s", tS);
        }
        return tS % 60 == 0 ? String.format(Locale.ROOT, "%.0f min", tS / 60) : String.format(Locale.ROOT, "%.1f min", tS / 60);
    }

    private static double niceStep(double raw) {
        for (double step : new double[] {1, 2, 5, 10, 15, 30, 60, 120, 300, 600}) {
            if (step >= raw) {
                return step;
            }
        }
        return 1200;
    }

    private static void drawCurve(Graphics2D g, List<Point> points, Scale s, boolean limit, Color color, BasicStroke stroke) {
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (Point p : points) {
            double kg = limit ? Math.min(p.limitKg(), s.maxKg()) : p.appliedKg();
            if (first) {
                path.moveTo(s.x(p.tS()), s.y(kg));
                first = false;
            } else {
                path.lineTo(s.x(p.tS()), s.y(kg));
            }
        }
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(path);
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawAlarms(Graphics2D g, List<AlarmEvent> alarms, Scale s) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int row = 0;
        for (AlarmEvent alarm : alarms) {
            double endS = alarm.endMs() != null ? alarm.endMs() / 1000 : s.durationS();
            int x0 = s.x(alarm.startMs() / 1000);
            int x1 = Math.max(x0 + 2, s.x(endS));
            Color color = colorOf(alarm.priority());
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 70));
            g.fillRect(x0, TOP, x1 - x0, PLOT_BOTTOM - TOP);
            g.setColor(color.darker());
            g.drawLine(x0, TOP, x0, PLOT_BOTTOM);
            String label = alarm.type().name() + (alarm.zone() != null ? " " + alarm.zone().name() : "")
                    + (alarm.channel() != null ? " " + alarm.channel() : "");
            g.drawString(label, x0 + 3, TOP + 12 + 13 * (row++ % 6));
        }
    }

    private static Color colorOf(Priority priority) {
        return switch (priority) {
            case HIGH -> new Color(0xd6, 0x27, 0x28);
            case MEDIUM -> new Color(0xff, 0x7f, 0x0e);
            case LOW -> new Color(0xd4, 0xb0, 0x00);
        };
    }

    private static void drawZoneStrip(Graphics2D g, List<Point> points, Scale s) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Point p = points.get(i);
            int x0 = s.x(p.tS());
            int x1 = Math.max(x0 + 1, s.x(points.get(i + 1).tS()));
            g.setColor(zoneColor(p.zone()));
            g.fillRect(x0, STRIP_TOP, x1 - x0, STRIP_HEIGHT);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int x = LEFT;
        for (Zone zone : Zone.values()) {
            if (zone == Zone.OFF_BODY) {
                continue;
            }
            g.setColor(zoneColor(zone));
            g.fillRect(x, STRIP_TOP + 34, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(zone.name(), x + 16, STRIP_TOP + 44);
            x += 130;
        }
    }

    private static Color zoneColor(Zone zone) {
        if (zone == null) {
            return new Color(0xf2, 0xf2, 0xf2);
        }
        return switch (zone) {
            case FOOT -> new Color(0x8c, 0x56, 0x4b);
            case CALF -> new Color(0x2c, 0xa0, 0x2c);
            case KNEE -> new Color(0xd6, 0x27, 0x28);
            case THIGH -> new Color(0x98, 0xdf, 0x8a);
            case GLUTES -> new Color(0x94, 0x67, 0xbd);
            case LOWER_BACK -> new Color(0xff, 0x7f, 0x0e);
            case MID_BACK -> new Color(0x17, 0xbe, 0xcf);
            case UPPER_BACK -> new Color(0x1f, 0x77, 0xb4);
            case HEAD_NECK -> new Color(0x7f, 0x00, 0x00);
            case OFF_BODY -> Color.GRAY;
        };
    }

    private static void drawLegend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int x = WIDTH - 520;
        g.setColor(new Color(0x1f, 0x5f, 0xbf));
        g.fillRect(x, 36, 20, 3);
        g.setColor(Color.BLACK);
        g.drawString("applied load A (noise-free)", x + 26, 42);
        g.setColor(new Color(0x99, 0x99, 0x99));
        g.fillRect(x + 200, 36, 20, 3);
        g.setColor(Color.BLACK);
        g.drawString("limit L of the zone", x + 226, 42);
        g.setColor(colorOf(Priority.HIGH));
        g.fillRect(x + 350, 33, 10, 10);
        g.setColor(colorOf(Priority.MEDIUM));
        g.fillRect(x + 362, 33, 10, 10);
        g.setColor(colorOf(Priority.LOW));
        g.fillRect(x + 374, 33, 10, 10);
        g.setColor(Color.BLACK);
        g.drawString("alarms H/M/L", x + 390, 42);
    }
}
