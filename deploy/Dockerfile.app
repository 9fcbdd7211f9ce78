# syntax=docker/dockerfile:1
# One image recipe for both Vaadin apps. Build from the repository root:
#   docker build -f deploy/Dockerfile.app --build-arg APP=kiosk-app   -t motcua/kiosk-app:0.1.0 .
#   docker build -f deploy/Dockerfile.app --build-arg APP=counter-app -t motcua/counter-app:0.1.0 .
#
# Multi-stage for the same reason as Dockerfile.server: a pinned JDK builds the jar, so the result does
# not depend on the host. The Vaadin production bundle is built here too (vaadin-maven-plugin fetches
# its own Node into ~/.vaadin when it needs one); the runtime image needs neither Node nor a JDK.

ARG APP=kiosk-app

FROM eclipse-temurin:25-jdk AS build
ARG APP
RUN case "$APP" in kiosk-app|counter-app) ;; *) echo "APP must be kiosk-app or counter-app" >&2; exit 1;; esac
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.vaadin \
    ./mvnw -B -ntp -DskipTests -pl "$APP" -am package \
 && cp "$APP"/target/"$APP"-*.jar /app.jar

FROM eclipse-temurin:25-jre
ARG APP
RUN groupadd --system --gid 10001 motcua \
 && useradd --system --uid 10001 --gid motcua --home-dir /app --shell /usr/sbin/nologin motcua \
 && mkdir -p /app && chown -R motcua:motcua /app
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER 10001:10001
# Neither app keeps anything on disk (screen pairings are the server's, decision 0020): no volume.
# Inside containers every app listens on 8080 (the kiosk-app/counter-app defaults 8081/8082 only
# matter when they share one machine); compose and Kubernetes map ports as they like.
ENV PORT=8080 TZ=Asia/Ho_Chi_Minh
LABEL org.opencontainers.image.title="motcua-${APP}"
EXPOSE 8080
# The apps have no actuator, and a GET of any page would open a Vaadin session per probe, so the check
# is "the port accepts connections" (Spring Boot opens it only once the application has started).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD bash -c ': > /dev/tcp/127.0.0.1/${PORT}' || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
