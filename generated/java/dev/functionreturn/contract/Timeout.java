// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * How long to wait for speech: more than 0 and at most 60 seconds.
 *
 * A duration of more than 0 and at most 60 seconds: a number, or a string such as "7s".
 */
@JsonDeserialize(using = Timeout.Deserializer.class)
@JsonSerialize(using = Timeout.Serializer.class)
public class Timeout {
    public Double doubleValue;
    public String stringValue;

    static class Deserializer extends JsonDeserializer<Timeout> {
        @Override
        public Timeout deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            Timeout value = new Timeout();
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
                default: throw new IOException("Cannot deserialize Timeout");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<Timeout> {
        @Override
        public void serialize(Timeout obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
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
