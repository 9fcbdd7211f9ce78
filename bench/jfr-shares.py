#!/usr/bin/env python3
# The server's JFR execution samples by library (each sample under the innermost frame of a listed library, the
# JDK's frames under their caller), then the share of samples with each of a few frames anywhere on the stack.
# Start-up (main, background-preinit, SpringApplication.run) is left out. docs/performance.md, "Headroom".
# Usage: bench/jfr-shares.py file.jfr   (needs the JDK's jfr on the PATH: . scripts/java-env.sh)
import json,sys,collections,subprocess,re
f=sys.argv[1]
out=subprocess.run(['jfr','print','--json','--stack-depth','256','--events','jdk.ExecutionSample',f],capture_output=True,text=True).stdout
evs=json.loads(out)['recording']['events']
cats=[
 ('Argon2 (sign-ins)', ('org.bouncycastle.',)),
 ('JWT decode and HMAC (Nimbus, Spring Security oauth2)', ('com.nimbusds.','org.springframework.security.oauth2.')),
 ('Spring Security filters', ('org.springframework.security.',)),
 ('Micrometer, observations', ('io.micrometer.','org.springframework.boot.actuate.','org.springframework.boot.micrometer')),
 ('JSON (Jackson)', ('tools.jackson.','com.fasterxml.jackson.')),
 ('Redis client (Lettuce, Netty, Spring Data Redis)', ('io.lettuce.','io.netty.','reactor.','org.springframework.data.redis.')),
 ('JDBC (PgJDBC, Hikari)', ('org.postgresql.','com.zaxxer.')),
 ('transactions, JdbcClient', ('org.springframework.jdbc.','org.springframework.transaction.')),
 ('STOMP, messaging', ('org.springframework.messaging.','org.springframework.web.socket.')),
 ('Spring MVC, web', ('org.springframework.web.','org.springframework.http.')),
 ('Tomcat HTTP', ('org.apache.catalina.','org.apache.coyote.','org.apache.tomcat.','jakarta.servlet.')),
 ('bean validation', ('org.hibernate.validator.','jakarta.validation.')),
 ('logging', ('ch.qos.logback.','org.slf4j.','org.apache.logging.','org.jboss.logging.')),
 ('Spring core, AOP, beans', ('org.springframework.',)),
 ('the server\'s own code', ('vn.motcua.',)),
 ('Spring Boot loader (class/resource look-ups)', ('org.springframework.boot.loader.',)),
]
# loader first because it is more specific than org.springframework.
cats.insert(0,cats.pop())
c=collections.Counter(); own=collections.Counter(); top=collections.Counter(); total=0
threads=collections.Counter()
for e in evs:
    v=e['values']
    th=(v.get('sampledThread') or {}).get('javaName') or '?'
    frames=[fr['method']['type']['name'].replace('/','.')+'.'+fr['method']['name'] for fr in v['stackTrace']['frames']]
    if th in ('main','background-preinit') or any('SpringApplication.run' in x for x in frames): continue   # start-up
    total+=1
    threads[re.sub(r'\d+','N',th)]+=1
    top[frames[0] if frames else '?']+=1
    cat='JDK only (GC-free runtime, threads)'
    for fr in frames:
        if fr.startswith(('java.','jdk.','sun.','javax.')): continue
        for name,pre in cats:
            if fr.startswith(pre): cat=name; break
        else: cat='other: '+fr.split('.')[0]+'.'+fr.split('.')[1]
        break
    c[cat]+=1
    for fr in frames:
        if fr.startswith('vn.motcua.'): own[fr]+=1; break
print('samples',total)
for k,v in c.most_common(): print(f'| {k} | {100*v/total:.1f} % |')
print('threads',threads.most_common(8))
print('top frames'); [print(f'  {v} {k}') for k,v in top.most_common(15)]
print('own code (innermost vn.motcua frame on the stack)'); [print(f'  {v} {k}') for k,v in own.most_common(12)]
inc=['BearerTokenAuthenticationFilter.doFilterInternal','JwtDecoder.decode','NimbusJwtDecoder.decode','Revocations.validate','MACVerifier.verify',
 'ServerHttpObservationFilter.doFilterInternal','FilterChainProxy.doFilterInternal','ObservationFilterChainDecorator','AuthorizationFilter.doFilter','HeaderWriterFilter',
 'DispatcherServlet.doDispatch','RequestResponseBodyMethodProcessor.readWithMessageConverters','AbstractMessageConverterMethodProcessor.writeWithMessageConverters',
 'ValidatorImpl.validate','QueueEngine.','QueueScript.run','TicketLedger.record','EventRelay.','HikariDataSource.getConnection','LettuceConnection.',
 'CoyoteAdapter.service','Http11Processor.service','SimpleBrokerMessageHandler','MeterRegistry','Observation.start','MetricsRepositoryMethodInvocationListener',
 'StoreOutages$Filter','CleanInputFilter.doFilterInternal','OfficeDirectory','Access.','ProblemResponses','SecurityContextHolderFilter','ApplicationEventPublisher','publishEvent',
 'AuthorizationManager','ExceptionTranslationFilter','RequestCacheAwareFilter','SessionManagementFilter','AnonymousAuthenticationFilter','JwtAuthenticationProvider.authenticate','JwtAuthenticationConverter','DefaultAuthenticationEventPublisher','SpringAuthorizationEventPublisher','IdempotencyKey','CommandKeys','TransactionTemplate','JdbcClient','ObjectMapper','JsonMapper','PgPreparedStatement.execute','RedisTemplate','StringRedisTemplate','convertAndSend','RequestContextFilter','FormContentFilter','CharacterEncodingFilter','ForwardedHeaderFilter','WebMvcMetricsFilter','MethodValidation','ConversionService','LocaleResolver','MessageSource','StrictHttpFirewall','AbstractHandlerMethodMapping.lookupHandlerMethod','TopicSubscribers','DefaultSubscriptionRegistry']
ci=collections.Counter()
for e in evs:
    v=e['values']; th=(v.get('sampledThread') or {}).get('javaName') or '?'
    frames=[fr['method']['type']['name'].replace('/','.')+'.'+fr['method']['name'] for fr in v['stackTrace']['frames']]
    if th in ('main','background-preinit') or any('SpringApplication.run' in x for x in frames): continue
    for k in inc:
        if any(k in x for x in frames): ci[k]+=1
print('inclusive')
for k,v in ci.most_common(): print(f'  {100*v/total:5.1f} % {k}')
