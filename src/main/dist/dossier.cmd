@echo off
rem Dossier's command line (and, without a command, the window), run from the jar beside this file.
rem Commands that end within seconds run with the JIT's first compiler only; see the script
rem "dossier" beside this file and docs/decisions/0043 for why.
setlocal
set "QUICK="
for %%C in (brief export tag phrases new sample --help -h --version -V) do if "%~1"=="%%C" set "QUICK=-XX:TieredStopAtLevel=1"
rem dossier.jvm-options beside this file: the optimising compiler inlines less (docs/decisions/0044).
set "OPTIONS="
rem The quotes are part of the value: the folder may hold spaces.
if exist "%~dp0dossier.jvm-options" set OPTIONS="@%~dp0dossier.jvm-options"
if "%JAVA%"=="" set "JAVA=java"
"%JAVA%" %OPTIONS% %QUICK% %JAVA_OPTS% -jar "%~dp0dossier.jar" %*
exit /b %ERRORLEVEL%
