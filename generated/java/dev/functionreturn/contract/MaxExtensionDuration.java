// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * The longest single extension: 0.5 to 5 seconds.
 *
 * A duration from 0.5 to 5 seconds: a number, or a string such as "1.5s".
 */
@JsonDeserialize(using = MaxExtensionDuration.Deserializer.class)
@JsonSerialize(using = MaxExtensionDuration.Serializer.class)
public class MaxExtensionDuration {
    public Double doubleValue;
    public String stringValue;

    static class Deserializer extends JsonDeserializer<MaxExtensionDuration> {
        @Override
        public MaxExtensionDuration deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            MaxExtensionDuration value = new MaxExtensionDuration();
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
                default: throw new IOException("Cannot deserialize MaxExtensionDuration");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<MaxExtensionDuration> {
        @Override
        public void serialize(MaxExtensionDuration obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
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
