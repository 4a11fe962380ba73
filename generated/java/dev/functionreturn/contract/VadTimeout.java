// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * Legacy voice-activity timeout; still accepted.
 *
 * A non-negative number of seconds, or a duration string such as "1.5s".
 *
 * How long the caller must speak to interrupt.
 *
 * How long to wait for the first key (platform default 5 seconds).
 *
 * How long to wait between keys (platform default 2 seconds).
 *
 * How often to interject.
 */
@JsonDeserialize(using = VadTimeout.Deserializer.class)
@JsonSerialize(using = VadTimeout.Serializer.class)
public class VadTimeout {
    public Double doubleValue;
    public String stringValue;

    static class Deserializer extends JsonDeserializer<VadTimeout> {
        @Override
        public VadTimeout deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            VadTimeout value = new VadTimeout();
            switch (jsonParser.currentToken()) {
                case VALUE_NULL:
                    break;
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    value.doubleValue = jsonParser.readValueAs(Double.class);
                    break;
                case VALUE_STRING:
                    String string = jsonParser.readValueAs(String.class);
                    value.stringValue = string;
                    break;
                default: throw new IOException("Cannot deserialize VadTimeout");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<VadTimeout> {
        @Override
        public void serialize(VadTimeout obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
            if (obj.doubleValue != null) {
                jsonGenerator.writeObject(obj.doubleValue);
                return;
            }
            if (obj.stringValue != null) {
                jsonGenerator.writeObject(obj.stringValue);
                return;
            }
            jsonGenerator.writeNull();
        }
    }
}
