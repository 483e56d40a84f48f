# One image recipe for every CityBridge module: docker compose builds it once per module with
# MODULE set. Build the jars first (mvn -DskipTests package); the image only copies one.
FROM eclipse-temurin:17-jre
ARG MODULE
RUN useradd --system --home /app citybridge
WORKDIR /app
COPY ${MODULE}/target/${MODULE}.jar /app/app.jar
USER citybridge
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Inside a container the network is the boundary: listen on every interface of it (the default is loopback).
ENV CITYBRIDGE_BIND_ADDRESS=0.0.0.0
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
