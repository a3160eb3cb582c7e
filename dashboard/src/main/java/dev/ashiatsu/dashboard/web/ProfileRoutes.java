package dev.ashiatsu.dashboard.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ashiatsu.core.config.ConfigException;
import dev.ashiatsu.dashboard.store.ProfileStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Create, read, update and delete one kind of profile under {@code /api/<plural>}: the body is the
 * profile's JSON (design.md section 5), read and validated by the core's {@code ConfigReader} exactly as a
 * file is (unknown fields and out-of-range numbers refused); a fault is a 400 naming the field. A POST or
 * PUT must carry the whole profile: an empty body is refused, never taken as "clear every field". A stored
 * file the reader refuses is listed under {@code problems}, is a 409 on GET, and may be replaced by a PUT.
 *
 * @param <T> the profile type
 */
public final class ProfileRoutes<T> implements RouteModule {

    private final String plural;
    private final ProfileStore<T> store;
    private final BiFunction<String, String, T> parser;
    private final Function<T, Map<String, Object>> fields;
    private final List<String> fieldNames;

    /**
     * @param plural     the path word, e.g. {@code clients}
     * @param parser     the core parser, (source, text) to profile
     * @param fields     the profile as a field map
     * @param fieldNames the profile's field names, to find the field in an error that names none
     */
    public ProfileRoutes(String plural, ProfileStore<T> store, BiFunction<String, String, T> parser,
                         Function<T, Map<String, Object>> fields, List<String> fieldNames) {
        this.plural = plural;
        this.store = store;
        this.parser = parser;
        this.fields = fields;
        this.fieldNames = fieldNames;
    }

    @Override
    public void addRoutes(JavalinConfig config) {
        String base = "/api/" + plural;
        config.routes.get(base, this::list);
        config.routes.post(base, this::create);
        config.routes.get(base + "/{id}", this::get);
        config.routes.put(base + "/{id}", this::update);
        config.routes.delete(base + "/{id}", this::delete);
    }

    private void list(Context ctx) {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> all = store.list(problems).stream().map(fields).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(plural, all);
        body.put("problems", problems);
        ctx.json(body);
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            ctx.json(fields.apply(find(id)));
        } catch (ConfigException e) {
            throw new Conflict("the stored " + plural + " profile '" + id + "' cannot be used: " + e.getMessage());
        }
    }

    private void create(Context ctx) throws Exception {
        T profile = parse(JsonBody.required(ctx).node());
        String id = (String) fields.apply(profile).get("id");
        if (store.exists(id)) {
            throw new Conflict("a profile with id '" + id + "' exists: PUT /api/" + plural + "/" + id + " to change it");
        }
        store.save(profile);
        ctx.status(201).json(fields.apply(profile));
    }

    private void update(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        requireValidId(id);
        if (!store.exists(id)) {
            throw new NotFound("no " + plural + " profile with id '" + id + "'");
        }
        ObjectNode node = JsonBody.required(ctx).node();
        if (node.hasNonNull("id") && !id.equals(node.get("id").asText())) {
            throw new BadRequest("id", "must match the path (" + id + "), was '" + node.get("id").asText() + "'");
        }
        node.put("id", id);
        T profile = parse(node);
        store.save(profile);
        ctx.json(fields.apply(profile));
    }

    private void delete(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        if (!store.delete(id)) {
            throw new NotFound("no " + plural + " profile with id '" + id + "'");
        }
        ctx.status(204);
    }

    private T find(String id) {
        requireValidId(id);
        return store.find(id).orElseThrow(() -> new NotFound("no " + plural + " profile with id '" + id + "'"));
    }

    private static void requireValidId(String id) {
        if (!ProfileStore.isValidId(id)) {
            throw new BadRequest("id", "must be 1-64 letters, digits, '-' or '_', was '" + id + "'");
        }
    }

    /** The core reader refuses a misspelt limit ("maxfraction") with the nearest field's name, as for a file. */
    private T parse(ObjectNode node) {
        if (node.hasNonNull("id") && !ProfileStore.isValidId(node.get("id").asText())) {
            throw new BadRequest("id", "must be 1-64 letters, digits, '-' or '_', was '" + node.get("id").asText() + "'");
        }
        try {
            return parser.apply(ConfigErrors.SOURCE, node.toString());
        } catch (ConfigException e) {
            throw ConfigErrors.toBadRequest(e, fieldNames);
        }
    }
}
