// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * Hands the call off after the function: `true` for the default destination, or an object
 * naming the destination and the SIP method.
 */
@JsonDeserialize(using = Handoff.Deserializer.class)
@JsonSerialize(using = Handoff.Serializer.class)
public class Handoff {
    public Boolean boolValue;
    public HandoffClass handoffClassValue;

    static class Deserializer extends JsonDeserializer<Handoff> {
        @Override
        public Handoff deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            Handoff value = new Handoff();
            switch (jsonParser.currentToken()) {
                case VALUE_NULL:
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    value.boolValue = jsonParser.readValueAs(Boolean.class);
                    break;
                case START_OBJECT:
                    value.handoffClassValue = jsonParser.readValueAs(HandoffClass.class);
                    break;
                default: throw new IOException("Cannot deserialize Handoff");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<Handoff> {
        @Override
        public void serialize(Handoff obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
            if (obj.boolValue != null) {
                jsonGenerator.writeObject(obj.boolValue);
                return;
            }
            if (obj.handoffClassValue != null) {
                jsonGenerator.writeObject(obj.handoffClassValue);
                return;
            }
            jsonGenerator.writeNull();
        }
    }
}
